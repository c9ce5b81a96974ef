namespace SibReview.Documents.Texts;

/// <summary>
/// Offsets into a document's text count UTF-16 code units of the normalised text (<see cref="TextNormaliser"/>): what
/// a .NET string index and a JavaScript string index are, so the server and the browser read the same offset without
/// converting. A character outside the Basic Multilingual Plane (most emoji, "𝔸") is two units, a surrogate pair, and
/// no offset may fall between them. PostgreSQL counts code points instead (strpos, substr, length on text): convert at
/// that boundary with <see cref="ToCodePoints"/> and <see cref="FromCodePoints"/>, never anywhere else.
/// </summary>
public static class TextOffsets
{
    /// <summary>Whether the offset lies on the text (0 to its length) and not inside a surrogate pair.</summary>
    public static bool IsBoundary(string text, int offset) =>
        offset >= 0 && offset <= text.Length && !SplitsSurrogatePair(text, offset);

    public static bool SplitsSurrogatePair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    /// <summary>The code point offset (PostgreSQL's, counting from 0) of a UTF-16 offset that is a boundary.</summary>
    public static int ToCodePoints(string text, int utf16Offset)
    {
        if (!IsBoundary(text, utf16Offset))
            throw new ArgumentOutOfRangeException(nameof(utf16Offset), utf16Offset, "not a character boundary of the text");
        var pairs = 0;
        for (var i = 1; i < utf16Offset; i++)
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1])) pairs++;
        return utf16Offset - pairs;
    }

    /// <summary>The UTF-16 offset of a code point offset (PostgreSQL's, counting from 0).</summary>
    public static int FromCodePoints(string text, int codePointOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(codePointOffset);
        var utf16 = 0;
        for (var seen = 0; seen < codePointOffset; seen++)
        {
            if (utf16 >= text.Length)
                throw new ArgumentOutOfRangeException(nameof(codePointOffset), codePointOffset, "beyond the end of the text");
            utf16 += char.IsHighSurrogate(text[utf16]) && utf16 + 1 < text.Length && char.IsLowSurrogate(text[utf16 + 1]) ? 2 : 1;
        }
        return utf16;
    }
}
