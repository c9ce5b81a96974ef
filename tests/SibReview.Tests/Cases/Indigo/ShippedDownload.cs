using SibReview.Cases.Indigo;

namespace SibReview.Tests.Cases.Indigo;

/// <summary>The shipped download, read once for all the tests that only look at it.</summary>
internal static class ShippedDownload
{
    public static IReadOnlyList<IndigoRecord> Records { get; } = IndigoDownload.Read(ShippedIndigo.RawDirectory).Records;

    public static IndigoRecord Get(string id) => Records.Single(record => record.Id == id);

    public static bool IsUk(IndigoRecord record) => record.Countries.Contains("GB");
}
