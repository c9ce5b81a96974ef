namespace SibReview.Documents.Texts;

/// <summary>From an uploaded file's bytes to a normalised text, or to why the file is not what its type says.</summary>
public static class TextExtraction
{
    public static (ExtractedText? Text, string? Problem) Extract(byte[] bytes, TextFormat format, string fileName)
    {
        ExtractedText text;
        if (format == TextFormat.Pdf)
        {
            var (pages, problem) = PdfText.Pages(bytes, fileName);
            if (problem is not null) return (null, problem);
            text = ExtractedText.Paged(pages!);
        }
        else
        {
            var (decoded, problem) = TextDecoding.Decode(bytes, fileName);
            if (problem is not null) return (null, problem);
            // Markdown is kept as written: it is made to be read as it stands, and its marks are part of what a coder quotes.
            text = ExtractedText.Unpaged(format == TextFormat.Html ? HtmlText.ToText(decoded!) : decoded!);
        }
        return text.Text.Length > 0 ? (text, null) : (null, NoText(format, fileName));
    }

    private static string NoText(TextFormat format, string fileName) => format == TextFormat.Pdf
        ? $"'{fileName}' has no text to read, only images (a scan?): run it through text recognition (OCR) and upload the result."
        : $"'{fileName}' has no text in it.";
}
