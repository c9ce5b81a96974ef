namespace SibReview.Coding.Search;

/// <summary>
/// A match in its context, keyword-in-context style: up to n words either side (words: runs between white space, the
/// match's own word counted whole), as plain text. MoreBefore and MoreAfter say whether the document goes on beyond.
/// </summary>
public sealed record Snippet(string Before, string Match, string After, bool MoreBefore, bool MoreAfter);

public static class Kwic
{
    public const int DefaultWords = 10;
    /// <summary>Bounded by the passages' overlap, so every match has this much context inside one passage.</summary>
    public const int MaxWords = 12;

    public static string? WordsProblem(int words) =>
        words is < 0 or > MaxWords ? $"context must be between 0 and {MaxWords} words; got {words}." : null;

    /// <summary>The snippet of [start, end) in a passage's body that starts at Offset in a text of TextLength (UTF-16 offsets).</summary>
    public static Snippet Of(string body, int offset, int textLength, int start, int end, int words)
    {
        var from = start;
        while (from > 0 && !char.IsWhiteSpace(body[from - 1])) from--;
        for (var counted = 0; counted < words && from > 0; counted++)
        {
            while (from > 0 && char.IsWhiteSpace(body[from - 1])) from--;
            while (from > 0 && !char.IsWhiteSpace(body[from - 1])) from--;
        }
        var to = end;
        while (to < body.Length && !char.IsWhiteSpace(body[to])) to++;
        for (var counted = 0; counted < words && to < body.Length; counted++)
        {
            while (to < body.Length && char.IsWhiteSpace(body[to])) to++;
            while (to < body.Length && !char.IsWhiteSpace(body[to])) to++;
        }
        return new Snippet(body[from..start], body[start..end], body[end..to], offset + from > 0, offset + to < textLength);
    }

    /// <summary>The page an offset is on (1 for the first), or null for a text without pages.</summary>
    public static int? PageOf(IReadOnlyList<int> pageStarts, int offset)
    {
        if (pageStarts.Count == 0) return null;
        var page = 0;
        while (page < pageStarts.Count && pageStarts[page] <= offset) page++;
        return Math.Max(page, 1);
    }
}
