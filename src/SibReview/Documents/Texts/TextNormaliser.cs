using System.Text;
using System.Text.RegularExpressions;

namespace SibReview.Documents.Texts;

/// <summary>
/// Brings every document text to one form, once, when it is added; offsets (<see cref="TextOffsets"/>) point into the
/// result. The rules, in order:
/// <list type="number">
/// <item>An unpaired surrogate (only a broken PDF yields one) becomes U+FFFD, the replacement character.</item>
/// <item>Line breaks become "\n": CRLF, CR, NEL (U+0085), the line and paragraph separators (U+2028, U+2029), and the
/// vertical tab and form feed that text files use as page breaks.</item>
/// <item>Other control characters (C0 but tab and line feed, DEL, C1) and the byte-order mark / zero-width no-break
/// space (U+FEFF) are removed: they are invisible, and a quote typed or copied would never contain them.</item>
/// <item>The Latin typographic ligatures U+FB00-U+FB06 ("ﬁ", "ﬂ"...) are spelled out: they are typesetting that PDFs
/// leak, and would hide "find" from a search for it.</item>
/// <item>Unicode NFC: "e" + combining acute (U+0301) becomes "é", so a text and a quote of it compare equal however
/// each was encoded. Not NFKC: it would rewrite "²" to "2" and full-width letters, changing what a document says.</item>
/// <item>Spaces and tabs at the end of a line are removed; two or more empty lines in a row become one; the text
/// starts and ends with neither empty lines nor line breaks. Spaces inside a line, indentation and no-break spaces stay.</item>
/// </list>
/// Normalising twice changes nothing.
/// </summary>
public static partial class TextNormaliser
{
    public static string Normalise(string raw)
    {
        var text = TrailingSpace().Replace(Quote(raw), "");
        return ExtraBlankLines().Replace(text, "\n\n").Trim('\n');
    }

    /// <summary>
    /// Rules 1 to 5, for a quote checked against a text (<see cref="Segments"/>): a quote may begin or end with a line
    /// break or a space, which rule 6 would trim.
    /// </summary>
    public static string Quote(string quote)
    {
        EnsureNormalisationWorks();
        // Controls and ligatures go before composing: "e", a stray NUL and a combining accent must still become "é",
        // and "ﬁ" with an accent, "fí".
        var text = Invisible().Replace(LineBreaks().Replace(WellFormed(quote), "\n"), "");
        return ExpandLigatures(text).Normalize(NormalizationForm.FormC);
    }

    private static string WellFormed(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static string ExpandLigatures(string text) =>
        text.AsSpan().ContainsAnyInRange('\uFB00', '\uFB06') ? Ligature().Replace(text, m => m.Value.Normalize(NormalizationForm.FormKC)) : text;

    /// <summary>
    /// .NET normalises through ICU; in globalization-invariant mode (InvariantGlobalization, or
    /// DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1) string.Normalize silently returns its input, and texts would be stored
    /// unnormalised. Refuse to work rather than store them so.
    /// </summary>
    private static void EnsureNormalisationWorks()
    {
        if (!NormalisationWorks)
            throw new InvalidOperationException(
                "Unicode normalisation is unavailable: .NET runs in globalization-invariant mode or without ICU. " +
                "Install ICU (Debian: libicu) and unset DOTNET_SYSTEM_GLOBALIZATION_INVARIANT.");
    }

    private static readonly bool NormalisationWorks = "e\u0301".Normalize(NormalizationForm.FormC) == "\u00E9";

    [GeneratedRegex(@"\r\n|[\r\u0085\u2028\u2029\v\f]")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"[\x00-\x08\x0E-\x1F\x7F-\x9F\uFEFF]")]
    private static partial Regex Invisible();

    [GeneratedRegex(@"[\uFB00-\uFB06]")]
    private static partial Regex Ligature();

    [GeneratedRegex(@"[ \t]+$", RegexOptions.Multiline)]
    private static partial Regex TrailingSpace();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();
}
