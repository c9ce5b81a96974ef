namespace SibReview.Coding.Search;

/// <summary>A slot filled: the word position and the lexeme found there.</summary>
public sealed record SlotHit(int Position, Slot Slot, string Lexeme);

/// <summary>One match of a keyword in a passage: word positions First to Last, and the slots filled in between.</summary>
public sealed record PositionMatch(int First, int Last, IReadOnlyList<SlotHit> Slots);

/// <summary>
/// Where a keyword matches in a passage, from the positions of the passage's lexemes that its slots can fill. The same
/// rules as the tsquery PostgreSQL evaluated (<see cref="KeywordQuery.TsQuery"/>): a sequence's slots at consecutive
/// positions (a stop word's slot at any word); a NEAR's two sides with 1 to n positions from the end of one to the start
/// of the other, in either order. Each occurrence of a side is paired with the nearest occurrence of the other (the one
/// after it on a tie), so a passage gives one match per occurrence, not one per pair.
/// </summary>
public static class Matches
{
    public static IReadOnlyList<PositionMatch> Find(KeywordQuery query, IReadOnlyDictionary<string, IReadOnlyList<int>> positions)
    {
        var left = Of(query.Left, positions);
        if (query.Right is null) return left;
        var right = Of(query.Right, positions);
        return left.Select(l => Nearest(l, right, query.Distance)).Concat(right.Select(r => Nearest(r, left, query.Distance)))
            .OfType<PositionMatch>().DistinctBy(m => (m.First, m.Last)).OrderBy(m => m.First).ThenBy(m => m.Last).ToList();
    }

    private static List<PositionMatch> Of(SlotSequence sequence, IReadOnlyDictionary<string, IReadOnlyList<int>> positions)
    {
        var filled = sequence.Slots.Select(slot => slot is null ? null : Filled(slot, positions)).ToList();
        var matches = new List<PositionMatch>();
        foreach (var start in filled[0]!.Keys.Order())
        {
            var hits = new List<SlotHit>();
            for (var i = 0; i < filled.Count; i++)
            {
                if (filled[i] is not { } at) continue;
                if (!at.TryGetValue(start + i, out var lexeme)) break;
                hits.Add(new SlotHit(start + i, sequence.Slots[i]!, lexeme));
            }
            if (hits.Count == filled.Count(f => f is not null)) matches.Add(new PositionMatch(start, start + filled.Count - 1, hits));
        }
        return matches;
    }

    /// <summary>The positions a slot can take, with the lexeme there (the first in ordinal order, should two fit).</summary>
    private static Dictionary<int, string> Filled(Slot slot, IReadOnlyDictionary<string, IReadOnlyList<int>> positions)
    {
        var at = new Dictionary<int, string>();
        foreach (var (lexeme, list) in positions.Where(p => slot.Matches(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
            foreach (var position in list) at.TryAdd(position, lexeme);
        return at;
    }

    private static PositionMatch? Nearest(PositionMatch side, IReadOnlyList<PositionMatch> others, int distance) => others
        .Select(o => (Other: o, Gap: o.First > side.Last ? o.First - side.Last : side.First - o.Last, After: o.First > side.Last))
        .Where(c => c.Gap >= 1 && c.Gap <= distance)
        .OrderBy(c => c.Gap).ThenByDescending(c => c.After)
        .Select(c => new PositionMatch(Math.Min(side.First, c.Other.First), Math.Max(side.Last, c.Other.Last),
            [.. side.Slots.Concat(c.Other.Slots).OrderBy(h => h.Position)]))
        .FirstOrDefault();
}
