namespace SibReview.Reconciliation;

/// <summary>An item with its room's activity: the room's version (0 before anyone acted) and its open proposal.</summary>
public sealed record QueueEntry(DisagreementItem Item, long RoomVersion, ProposedResolution? OpenProposal);

public sealed record KindCount(string Kind, int Open, int Settled);

/// <summary>
/// The queue as the viewer may see it: counts per kind (after the case, theme and coder filters, so each kind's count says
/// what choosing it would show), the coder pairs and themes there are to filter by, and the entries that pass every filter,
/// weightiest first.
/// </summary>
public sealed record DisagreementQueue(string StudyId, IReadOnlyList<KindCount> Counts, IReadOnlyList<string> CoderPairs,
    IReadOnlyList<int> Themes, IReadOnlyList<QueueEntry> Entries)
{
    public static string PairOf(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? $"{a}+{b}" : $"{b}+{a}";

    public static IEnumerable<string> PairsOf(DisagreementItem item) =>
        item.Coders.SelectMany(a => item.Coders.Where(b => string.CompareOrdinal(a, b) < 0).Select(b => PairOf(a, b)));

    /// <summary>Pure: filters and counts the items given (already only those the viewer may see).</summary>
    public static DisagreementQueue Of(string studyId, IReadOnlyList<QueueEntry> all, string? kind, int? theme, string? coderPair,
        bool settled)
    {
        var byPair = all.Where(e => (coderPair is null || PairsOf(e.Item).Contains(coderPair)) && (theme is null || e.Item.Theme == theme))
            .ToList();
        var counts = DisagreementKinds.All.Select(k => new KindCount(k.Kind,
            byPair.Count(e => e.Item.Kind == k.Kind && e.Item.SettledAs is null), byPair.Count(e => e.Item.Kind == k.Kind && e.Item.SettledAs is not null)));
        var entries = byPair.Where(e => (kind is null || e.Item.Kind == kind) && (e.Item.SettledAs is not null) == settled)
            .OrderByDescending(e => e.Item.Weight).ThenBy(e => e.Item.Name, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Item.Kind);
        return new DisagreementQueue(studyId, [.. counts], [.. all.SelectMany(e => PairsOf(e.Item)).Distinct().Order(StringComparer.Ordinal)],
            [.. all.Select(e => e.Item.Theme).OfType<int>().Distinct().Order()], [.. entries]);
    }
}
