using System.Text.Json;

namespace SibReview.Tests.Agreement;

/// <summary>One label set of the demo study's agreement page, as a member's client reads it.</summary>
public static class AgreementSets
{
    /// <summary>The labels the set counts for this member and the units the two coders both labelled; (0, 0) before any label.</summary>
    public static async Task<(int Labels, int PairUnits)> Of(HttpClient client, string setId, string coderA, string coderB)
    {
        using var view = JsonDocument.Parse(await client.GetStringAsync("/api/studies/demo/agreement"));
        var sets = view.RootElement.GetProperty("sets").EnumerateArray().Where(s => s.GetProperty("id").GetString() == setId).ToList();
        if (sets is not [var set]) return (0, 0);
        var pair = set.GetProperty("pairs").EnumerateArray()
            .Where(p => p.GetProperty("coderA").GetString() == coderA && p.GetProperty("coderB").GetString() == coderB).ToList();
        return (set.GetProperty("labels").GetInt32(), pair.Count == 0 ? 0 : pair[0].GetProperty("units").GetInt32());
    }
}
