using System.Globalization;

namespace SibReview.Replay;

/// <summary>What to replay: the tolerances (each in [0, 1), in the order given, repeats dropped) and, optionally, the moment.</summary>
public sealed record ReplayRequest(IReadOnlyList<decimal> Tolerances, DateTimeOffset? AsOf)
{
    /// <summary>Reads "0.05,0.10" and an ISO-8601 moment; the problem is one line a researcher can act on.</summary>
    public static (ReplayRequest? Request, string? Problem) Parse(string? tolerances, string? asOf)
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
        return (new ReplayRequest([.. parsed.Distinct()], moment), null);
    }

    /// <summary>0.10 and 0.1 are one tolerance and print alike (decimals keep trailing zeros otherwise).</summary>
    public static decimal Plain(decimal tolerance) => tolerance / 1.000000000000000000000000000000000m;
}
