using SibReview.Documents.Texts;

namespace SibReview.Coding.Search;

/// <summary>Where a word position's token lies in its passage's body, in code points as PostgreSQL counts them.</summary>
public sealed record TokenSpan(int Position, int Start, int End);

/// <summary>
/// A passage that matched, as the index returns it: its body, where it starts in its text (UTF-16), the text's length and
/// page starts, and the positions (with their token spans) of the lexemes the query's slots can fill.
/// </summary>
public sealed record MatchedPassage(
    string TextId, int Start, string Body, int TextLength, IReadOnlyList<int> PageStarts,
    IReadOnlyDictionary<string, IReadOnlyList<TokenSpan>> Found);

/// <summary>One match in a text: the keyword that found it, [Start, End) in UTF-16 code units of the normalised text, its page
/// and snippet.</summary>
public sealed record TextHit(string TextId, string Keyword, int Start, int End, int? Page, Snippet Snippet)
{
    /// <summary>The words that stem slots matched, each with the stem it must have: checked against PostgreSQL's stemmer.</summary>
    internal IReadOnlyList<(string Word, string Stem)> Stems { get; init; } = [];

    /// <summary>How far the hit lies from its passage's edges: of two overlapping passages, the roomier gives the snippet.</summary>
    internal int Room { get; init; }
}

/// <summary>
/// Turns a matched passage into hits with exact offsets. Positions come back as code point spans in the passage and
/// become UTF-16 offsets through <see cref="TextOffsets"/>; each is checked against the text: at a raw slot the text,
/// lower-cased, is the word the index holds there; at a stem slot it is a word whose stem the caller confirms. A hit that
/// fails is left out and counted as unplaced: the index and the text would disagree, and a wrong offset is worse than a
/// missing line.
/// </summary>
public static class PassageHits
{
    public static (IReadOnlyList<TextHit> Hits, int Unplaced) Of(MatchedPassage passage, IReadOnlyList<KeywordQuery> queries, int words)
    {
        var spans = passage.Found.Values.SelectMany(s => s).DistinctBy(s => s.Position).ToDictionary(s => s.Position);
        var positions = passage.Found.ToDictionary(f => f.Key, f => (IReadOnlyList<int>)f.Value.Select(s => s.Position).ToList());
        var (hits, unplaced, length) = (new List<TextHit>(), 0, TextOffsets.ToCodePoints(passage.Body, passage.Body.Length));
        foreach (var query in queries)
        foreach (var match in Matches.Find(query, positions))
        {
            if (Place(passage.Body, length, match, spans) is not { } placed)
            {
                unplaced++;
                continue;
            }
            var (start, end, stems) = placed;
            var at = passage.Start + start;
            hits.Add(new TextHit(passage.TextId, query.Keyword, at, passage.Start + end, Kwic.PageOf(passage.PageStarts, at),
                Kwic.Of(passage.Body, passage.Start, passage.TextLength, start, end, words))
            {
                Stems = stems,
                Room = Math.Min(start, passage.Body.Length - end),
            });
        }
        return (hits, unplaced);
    }

    /// <summary>The match's [start, end) in the body (UTF-16) and the stems to confirm, or null when a slot does not read as the
    /// index says.</summary>
    private static (int Start, int End, List<(string, string)> Stems)? Place(string body, int length, PositionMatch match,
        Dictionary<int, TokenSpan> spans)
    {
        var (start, end, stems) = (int.MaxValue, int.MinValue, new List<(string, string)>());
        foreach (var hit in match.Slots)
        {
            if (!spans.TryGetValue(hit.Position, out var span) || span.Start < 0 || span.End > length || span.End <= span.Start)
                return null;
            var (from, to) = (TextOffsets.FromCodePoints(body, span.Start), TextOffsets.FromCodePoints(body, span.End));
            var word = body[from..to];
            if (!hit.Lexeme.StartsWith(PassageIndex.Raw, StringComparison.Ordinal)) stems.Add((word, hit.Lexeme));
            else if (word.ToLowerInvariant() != hit.Lexeme[PassageIndex.Raw.Length..]) return null;
            (start, end) = (Math.Min(start, from), Math.Max(end, to));
        }
        return (start, end, stems);
    }
}
