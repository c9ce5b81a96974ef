namespace SibReview.Documents.Texts;

/// <summary>The kinds of file a document's text is read from.</summary>
public enum TextFormat
{
    PlainText,
    Markdown,
    Html,
    Pdf,
}

public static class TextFormats
{
    public const string Accepted = "plain text (.txt), Markdown (.md), HTML (.html) or PDF (.pdf)";

    private static readonly Dictionary<string, TextFormat> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = TextFormat.PlainText, [".text"] = TextFormat.PlainText, [".md"] = TextFormat.Markdown,
        [".markdown"] = TextFormat.Markdown, [".html"] = TextFormat.Html, [".htm"] = TextFormat.Html,
        [".xhtml"] = TextFormat.Html, [".pdf"] = TextFormat.Pdf,
    };

    private static readonly Dictionary<string, TextFormat> MediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/plain"] = TextFormat.PlainText, ["text/markdown"] = TextFormat.Markdown, ["text/x-markdown"] = TextFormat.Markdown,
        ["text/html"] = TextFormat.Html, ["application/xhtml+xml"] = TextFormat.Html, ["application/pdf"] = TextFormat.Pdf,
    };

    /// <summary>
    /// The file name's extension decides, since browsers send no media type, or a generic one, for many files
    /// (a Markdown file often comes as application/octet-stream); the declared media type decides only without one.
    /// Either way the content is checked against the format when it is read.
    /// </summary>
    public static TextFormat? Of(string fileName, string? mediaType)
    {
        if (Extensions.TryGetValue(Path.GetExtension(fileName), out var byName)) return byName;
        var declared = mediaType?.Split(';')[0].Trim() ?? "";
        return MediaTypes.TryGetValue(declared, out var byType) ? byType : null;
    }

    /// <summary>The media type a text version records for where it came from.</summary>
    public static string MediaType(TextFormat format) => format switch
    {
        TextFormat.PlainText => "text/plain",
        TextFormat.Markdown => "text/markdown",
        TextFormat.Html => "text/html",
        _ => "application/pdf",
    };
}
