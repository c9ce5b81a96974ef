using System.Text;
using SibReview.Coding.Codebook;

namespace SibReview.Coding.Search;

/// <summary>
/// A word position a keyword needs filled: a lexeme of the passage vector (an English stem, or a raw word marked with
/// <see cref="PassageIndex.Raw"/>), or, as a prefix, any lexeme starting with it.
/// </summary>
public sealed record Slot(string Lexeme, bool IsPrefix)
{
    public bool Matches(string lexeme) => IsPrefix ? lexeme.StartsWith(Lexeme, StringComparison.Ordinal) : lexeme == Lexeme;

    public string TsQuery => $"'{Lexeme.Replace("\\", "\\\\").Replace("'", "''")}'{(IsPrefix ? ":*" : "")}";
}

/// <summary>
/// Positions in a row, one slot each; a null slot is a stop word of a stemmed phrase, which any word fills (PostgreSQL
/// keeps its position but not the word). The first and last slots are never null.
/// </summary>
public sealed record SlotSequence(IReadOnlyList<Slot?> Slots)
{
    /// <summary>The slots joined by PostgreSQL's followed-by operator: <c>'theori' &lt;2&gt; 'chang'</c> for "theory of change".</summary>
    public string TsQuery
    {
        get
        {
            var text = new StringBuilder(Slots[0]!.TsQuery);
            for (int i = 1, previous = 0; i < Slots.Count; i++)
            {
                if (Slots[i] is not { } slot) continue;
                text.Append(i - previous == 1 ? " <-> " : $" <{i - previous}> ").Append(slot.TsQuery);
                previous = i;
            }
            return Slots.Count == 1 ? text.ToString() : $"({text})";
        }
    }
}

/// <summary>
/// A keyword made ready for the passage index: what PostgreSQL is asked (<see cref="TsQuery"/>) and what
/// <see cref="Matches"/> looks for in the positions it returns; the two say the same thing.
/// </summary>
public sealed record KeywordQuery(string Keyword, SlotSequence Left, SlotSequence? Right, int Distance)
{
    /// <summary>
    /// A sequence as it is; a NEAR as every distance from 1 to n in both orders, because PostgreSQL's &lt;n&gt; means
    /// exactly n positions from the end of the left side to the start of the right one, in that order.
    /// </summary>
    public string TsQuery => Right is null
        ? Left.TsQuery
        : "(" + string.Join(" | ", Enumerable.Range(1, Distance)
            .SelectMany(d => new[] { $"{Left.TsQuery} <{d}> {Right.TsQuery}", $"{Right.TsQuery} <{d}> {Left.TsQuery}" })) + ")";

    public IEnumerable<Slot> Slots => Left.Slots.Concat(Right?.Slots ?? []).OfType<Slot>();

    /// <summary>
    /// Every lexeme the keyword needs, in any places: what the GIN index answers alone (without reading positions), each
    /// lexeme once. The tsquery above then decides on these candidates only; asked of the index itself, a NEAR's 2n
    /// alternatives would have it scan each side's lexemes 2n times.
    /// </summary>
    public string Candidates => Slots.Distinct().ToList() is [var only] ? only.TsQuery
        : $"({string.Join(" & ", Slots.Distinct().Select(s => s.TsQuery))})";

    /// <summary>
    /// Turns a parsed keyword into slots, from how PostgreSQL reads each of its words (<see cref="Lexicon"/>). A word
    /// quoted (exact) or ending in * is matched as written, lower-cased: a prefix means any word starting so, not any word
    /// whose stem does ("accountab*" must find "accountability", whose stem is 'account'). Other words match by stem, and
    /// their stop words hold a place.
    /// </summary>
    public static (KeywordQuery? Query, string? Problem) Compile(KeywordExpression expression,
        IReadOnlyDictionary<string, IReadOnlyList<WordToken>> lexicon)
    {
        var (left, right, distance) = expression switch
        {
            KeywordNear near => (near.Left, near.Right, near.Distance),
            KeywordSequence sequence => (sequence, null, 0),
            _ => throw new ArgumentException($"{expression.GetType().Name} is not a keyword shape the search knows.", nameof(expression)),
        };
        var (leftSlots, leftProblem) = Sequence(left, lexicon, right is not null);
        if (leftProblem is not null) return (null, leftProblem);
        if (right is null) return (new KeywordQuery(expression.Canonical, leftSlots!, null, 0), null);
        var (rightSlots, rightProblem) = Sequence(right, lexicon, true);
        return rightProblem is not null ? (null, rightProblem) : (new KeywordQuery(expression.Canonical, leftSlots!, rightSlots, distance), null);
    }

    /// <summary>
    /// A sequence's slots. A hyphenated word is the whole word and then its parts, each at a position of its own: the whole
    /// decides (the parts follow from it) and the parts only hold their places, so a lone hyphenated keyword is one lexeme,
    /// which the GIN index answers without reading positions. A NEAR side that ends in a hyphenated word keeps its last
    /// part, so the side ends where the word ends and distances count from there.
    /// </summary>
    private static (SlotSequence?, string?) Sequence(KeywordSequence sequence, IReadOnlyDictionary<string, IReadOnlyList<WordToken>> lexicon,
        bool nearSide)
    {
        var slots = new List<Slot?>();
        foreach (var (term, t) in sequence.Terms.Select((term, t) => (term, t)))
        {
            var tokens = lexicon[term.Word];
            if (tokens.Count == 0) return (null, $"\"{term.Word}\" has nothing the search can index; use letters or digits.");
            Slot? SlotOf(WordToken token, bool prefix) =>
                term.IsPrefix ? new Slot(PassageIndex.Raw + token.Raw, prefix)
                : sequence.Exact ? new Slot(PassageIndex.Raw + token.Raw, false)
                : token.Stem is { } stem ? new Slot(stem, false)
                : null;
            if (!tokens[0].IsCompound)
            {
                slots.AddRange(tokens.Select((token, i) => SlotOf(token, i == tokens.Count - 1)));
                continue;
            }
            var endsSide = nearSide && t == sequence.Terms.Count - 1;
            slots.Add(SlotOf(tokens[0], true));
            slots.AddRange(tokens.Skip(1).Select((token, i) => endsSide && i == tokens.Count - 2 ? SlotOf(token, true) : null));
        }
        var (first, last) = (slots.FindIndex(s => s is not null), slots.FindLastIndex(s => s is not null));
        if (first < 0)
            return (null, $"\"{sequence.Canonical}\" is only stop words, which a search by word forms skips; put it in quotes " +
                          $"(\"{string.Join(' ', sequence.Terms)}\") to find these very words.");
        return (new SlotSequence(slots[first..(last + 1)]), null);
    }
}
