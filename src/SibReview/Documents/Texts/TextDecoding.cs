using System.Text;

namespace SibReview.Documents.Texts;

/// <summary>
/// Reads the bytes of a text file (plain text, Markdown, HTML) as characters, strictly: UTF-8 with or without a byte
/// order mark, or UTF-16 with one (what Windows Notepad calls "Unicode"). Anything else is refused with what to do,
/// never guessed at: a guessed encoding would put wrong characters into a text that coders quote for years.
/// </summary>
public static class TextDecoding
{
    public static (string? Text, string? Problem) Decode(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.StartsWith("%PDF-"u8))
            return (null, $"'{fileName}' is a PDF file, not text: name it .pdf (or choose PDF) and upload it again.");
        if (bytes.StartsWith("PK\u0003\u0004"u8))
            return (null, $"'{fileName}' is a ZIP archive (a Word or OpenDocument file?), not text: save it as PDF or plain text and upload that.");
        (Encoding encoding, int bom) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding)new UTF8Encoding(false, true), 3),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false, true), 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false, true), 2),
            _ => (new UTF8Encoding(false, true), 0),
        };
        string text;
        try
        {
            text = encoding.GetString(bytes[bom..]);
        }
        catch (DecoderFallbackException e)
        {
            return (null, $"'{fileName}' is not UTF-8 text (bytes at position {e.Index + bom} are not valid UTF-8): if it is text, " +
                          "save it with UTF-8 encoding and upload it again; if it is not, upload the document as PDF.");
        }
        return text.Contains('\0')
            ? (null, $"'{fileName}' holds binary data (NUL characters), not text: upload the document as PDF, or as a text file saved as UTF-8.")
            : (text, null);
    }
}
