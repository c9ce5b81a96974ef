namespace SibReview.Documents.Texts;

/// <summary>A span of one text version: UTF-16 offsets <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive) and the words there.</summary>
public sealed record Segment(int Start, int End, string Quote);

/// <summary>
/// The check every segment passes before it is recorded (a coding, an accepted suggestion): its offsets lie on the text
/// and on character boundaries, and its quote is what the text says there. A quote is compared after
/// <see cref="TextNormaliser.Quote"/>, so one sent with CRLF line breaks or decomposed accents still matches.
/// </summary>
public static class Segments
{
    private const int Shown = 80;

    /// <summary>Null when the segment is good; else what is wrong, for a researcher (or a client's author) to act on.</summary>
    public static string? Problem(string text, Segment segment)
    {
        var (start, end) = (segment.Start, segment.End);
        if (start < 0 || end > text.Length)
            return $"The segment {start}-{end} lies outside the text, whose offsets run from 0 to {text.Length} (UTF-16 code units).";
        if (start >= end)
            return $"A segment covers at least one character: its start ({start}) must come before its end ({end}).";
        foreach (var split in new[] { start, end }.Where(o => TextOffsets.SplitsSurrogatePair(text, o)))
            return $"Offset {split} falls inside the character \"{text.Substring(split - 1, 2)}\" (offsets count UTF-16 code units, " +
                   $"and it takes two): use {split - 1} or {split + 1}.";
        if (string.IsNullOrEmpty(segment.Quote))
            return "Give the segment's quote, the text it covers: it is checked against the document's text.";
        var there = text[start..end];
        return TextNormaliser.Quote(segment.Quote) == there
            ? null
            : $"The quote does not match the text at {start}-{end}, which reads \"{Excerpt(there)}\"; reload the text and select the passage again.";
    }

    private static string Excerpt(string text)
    {
        if (text.Length <= Shown) return text;
        var (head, tail) = (Shown / 2, text.Length - Shown / 2);
        // An excerpt never cuts a character in two either.
        if (TextOffsets.SplitsSurrogatePair(text, head)) head--;
        if (TextOffsets.SplitsSurrogatePair(text, tail)) tail--;
        return $"{text[..head]} … {text[tail..]}";
    }
}
