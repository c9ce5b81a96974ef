using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SibReview.Tests.Documents.Texts;

/// <summary>Small real PDFs, written by PdfPig: one page per entry, each line of it drawn as a line of text; "" is a blank page.</summary>
public static class TestPdf
{
    public static byte[] With(params string[] pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var page in pages)
        {
            var drawn = builder.AddPage(PageSize.A4);
            var lines = page.Length == 0 ? [] : page.Split('\n');
            for (var i = 0; i < lines.Length; i++) drawn.AddText(lines[i], 12, new PdfPoint(50, 780 - 16 * i), font);
        }
        return builder.Build();
    }
}
