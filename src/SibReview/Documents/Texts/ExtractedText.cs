using System.Security.Cryptography;
using System.Text;

namespace SibReview.Documents.Texts;

/// <summary>
/// A normalised text (<see cref="TextNormaliser"/>) ready to store. A paged text (a PDF) records where each page starts:
/// <see cref="PageStarts"/>[n - 1] is the UTF-16 offset of page n's first character; the text of a page runs to the
/// next page's start. Pages are joined by one empty line; an empty page (a picture, a blank) starts where the next one
/// does. An unpaged text has no page starts. <see cref="ContentHash"/> is the SHA-256 of the text's UTF-8 bytes.
/// </summary>
public sealed record ExtractedText(string Text, IReadOnlyList<int> PageStarts, string ContentHash)
{
    public const string PageSeparator = "\n\n";

    public static ExtractedText Unpaged(string raw)
    {
        var text = TextNormaliser.Normalise(raw);
        return new ExtractedText(text, [], Hash(text));
    }

    public static ExtractedText Paged(IEnumerable<string> rawPages)
    {
        var (text, starts) = (new StringBuilder(), new List<int>());
        var pages = rawPages.Select(TextNormaliser.Normalise).ToList();
        var waiting = 0;
        foreach (var page in pages)
        {
            if (page.Length == 0) { waiting++; continue; }
            if (text.Length > 0) text.Append(PageSeparator);
            starts.AddRange(Enumerable.Repeat(text.Length, waiting + 1));
            waiting = 0;
            text.Append(page);
        }
        starts.AddRange(Enumerable.Repeat(text.Length, waiting));
        var joined = text.ToString();
        return new ExtractedText(joined, starts, Hash(joined));
    }

    public static string Hash(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
