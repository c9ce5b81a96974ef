using System.Security.Cryptography;
using System.Text.Json;
using SibReview.Cases.Catalogue;
using SibReview.Cases.Indigo;

namespace SibReview.Cases.Import;

/// <summary>What one import will record: a stream start per new impact bond, a change event per changed one, nothing for the rest.</summary>
public sealed record ImportPlan(
    IReadOnlyList<CaseImportedFromIndigo> Imported, IReadOnlyList<IndigoRecordChanged> Changed, int Unchanged)
{
    private static readonly JsonSerializerOptions Canonical = new() { WriteIndented = false };

    public int Total => Imported.Count + Changed.Count + Unchanged;

    /// <summary>Pure: compares the download with what the catalogue already holds (by fingerprint) and decides the events.</summary>
    public static ImportPlan Decide(IReadOnlyList<IndigoRecord> download, IReadOnlyDictionary<string, CatalogueEntry> current,
        string importedBy, DateTimeOffset now)
    {
        var imported = new List<CaseImportedFromIndigo>();
        var changed = new List<IndigoRecordChanged>();
        var unchanged = 0;
        foreach (var record in download)
        {
            var fingerprint = Fingerprint(record);
            if (!current.TryGetValue(record.Id, out var before))
                imported.Add(new CaseImportedFromIndigo(record.Id, record, fingerprint, importedBy, now));
            else if (before.Fingerprint == fingerprint)
                unchanged++;
            else
                changed.Add(new IndigoRecordChanged(record.Id, record, fingerprint, ChangedFields(before.Record, record), importedBy, now));
        }
        return new ImportPlan(imported, changed, unchanged);
    }

    public static string Fingerprint(IndigoRecord record) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(record, Canonical)));

    /// <summary>The record's top-level fields whose values differ, e.g. "MaxOutcomePayment" or "Sources".</summary>
    public static IReadOnlyList<string> ChangedFields(IndigoRecord before, IndigoRecord after)
    {
        var old = JsonSerializer.SerializeToElement(before, Canonical);
        var now = JsonSerializer.SerializeToElement(after, Canonical);
        return now.EnumerateObject()
            .Where(p => !old.TryGetProperty(p.Name, out var was) || was.GetRawText() != p.Value.GetRawText())
            .Select(p => p.Name).ToList();
    }
}
