using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace SibReview.Documents.Texts;

/// <summary>
/// The text of a PDF, page by page, with PdfPig: each page's words in the order the page draws them, its lines kept.
/// A PDF that PdfPig cannot read (corrupt, cut short, password-protected) or that has no text (a scan) is refused.
/// </summary>
public static class PdfText
{
    public static (IReadOnlyList<string>? Pages, string? Problem) Pages(byte[] bytes, string fileName)
    {
        // The PDF specification lets the header stand anywhere in the first 1024 bytes.
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) < 0)
            return (null, $"'{fileName}' is not a PDF (it does not start as one): upload the PDF itself, or the text as a .txt file.");
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = false });
            return (pdf.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)).ToList(), null);
        }
        catch (PdfDocumentEncryptedException)
        {
            return (null, $"'{fileName}' is password-protected: save an unprotected copy and upload that.");
        }
        // PdfPig reports a damaged file with many exception types, from its parser and its font readers alike.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, $"'{fileName}' cannot be read as a PDF ({e.Message.TrimEnd('.')}): it may be damaged or cut short; " +
                          "open it in a PDF reader to check, save a fresh copy and upload that.");
        }
    }
}
