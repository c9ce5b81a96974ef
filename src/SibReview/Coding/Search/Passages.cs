namespace SibReview.Coding.Search;

/// <summary>A stretch of a document text that the search indexes on its own: Body is the text from Start (UTF-16).</summary>
public sealed record Passage(int Number, int Start, string Body);

/// <summary>
/// Cuts a text into overlapping passages, the unit PostgreSQL indexes. A whole document is too long for one tsvector: it
/// keeps word positions only up to 16,383 and 256 positions per word, so phrases and NEAR would silently fail beyond
/// page 30 or so of a report. A passage is short, at most <see cref="Words"/> words and <see cref="MaxLength"/>
/// characters, cut at white space, so that its tsvector (stems and raw words, about 20 bytes a word) fits in its table row:
/// testing a phrase on a vector stored in the row is ten times faster than on one PostgreSQL must fetch from TOAST. Each
/// passage repeats the last <see cref="Overlap"/> words of the one before: the longest match (two 8-word phrases 50
/// words apart) and a keyword-in-context window either side, so every match lies whole in a passage with its context.
/// </summary>
public static class Passages
{
    public const int Words = 300;
    public const int Overlap = 8 + 50 + 8 + 2 * Kwic.MaxWords;
    public const int MaxLength = 3_000;

    public static IReadOnlyList<Passage> Of(string text)
    {
        var words = WordSpans(text);
        var passages = new List<Passage>();
        for (var first = 0; first < words.Count;)
        {
            var last = first;
            while (last + 1 < words.Count && last + 1 - first < Words && words[last + 1].End - words[first].Start <= MaxLength) last++;
            var (start, end) = (words[first].Start, last + 1 == words.Count ? text.Length : words[last].End);
            passages.Add(new Passage(passages.Count + 1, start, text[start..end]));
            if (last + 1 == words.Count) break;
            // Step back by the overlap, but never by so much that the next passage starts where this one did.
            var next = last + 1;
            while (next - 1 > first && last + 1 - (next - 1) <= Overlap && words[last].End - words[next - 1].Start <= MaxLength / 2) next--;
            first = next;
        }
        return passages;
    }

    /// <summary>Runs of characters between white space, as [Start, End) UTF-16 offsets.</summary>
    private static List<(int Start, int End)> WordSpans(string text)
    {
        var spans = new List<(int, int)>();
        for (var i = 0; i < text.Length;)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i > start) spans.Add((start, i));
        }
        return spans;
    }
}
