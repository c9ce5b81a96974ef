using System.Globalization;

namespace SibReview.Replay;

/// <summary>
/// What to replay: the tolerances (each in [0, 1), in the order given, repeats dropped), optionally another minimum of
/// distinct documents for inclusion (null: the study's own), and optionally the moment.
/// </summary>
public sealed record ReplayRequest(IReadOnlyList<decimal> Tolerances, DateTimeOffset? AsOf, int? MinimumDistinctDocuments = null)
{
    /// <summary>Reads "0.05,0.10", an ISO-8601 moment and a whole number of documents; the problem is one line a researcher can act on.</summary>
    public static (ReplayRequest? Request, string? Problem) Parse(string? tolerances, string? asOf, string? minimumDistinctDocuments = null)
    {
        var items = (tolerances ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Length == 0) return (null, "give at least one tolerance, such as 0.05,0.10,0.15");
        var parsed = new List<decimal>();
        foreach (var item in items)
        {
            if (!decimal.TryParse(item, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture,
                    out var tolerance))
                return (null, $"tolerance must be a number between 0 and 1, such as 0.1; got '{item}'");
            if (tolerance is < 0m or >= 1m) return (null, $"tolerance must be between 0 and 1; got {item}");
            parsed.Add(Plain(tolerance));
        }
        DateTimeOffset? moment = null;
        if (asOf is not null)
        {
            if (!DateTimeOffset.TryParse(asOf, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                return (null, $"as-of must be an ISO-8601 moment such as 2026-11-29T10:00:00Z; got '{asOf}'");
            moment = at.ToUniversalTime();
        }
        int? minimum = null;
        if (minimumDistinctDocuments is not null)
        {
            if (!int.TryParse(minimumDistinctDocuments, NumberStyles.None, CultureInfo.InvariantCulture, out var documents) || documents is < 1 or > 100)
                return (null, $"the minimum of distinct documents must be a whole number from 1 to 100; got '{minimumDistinctDocuments}'");
            minimum = documents;
        }
        return (new ReplayRequest([.. parsed.Distinct()], moment, minimum), null);
    }

    /// <summary>0.10 and 0.1 are one tolerance and print alike (decimals keep trailing zeros otherwise).</summary>
    public static decimal Plain(decimal tolerance) => tolerance / 1.000000000000000000000000000000000m;
}
