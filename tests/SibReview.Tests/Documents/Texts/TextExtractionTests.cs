using System.Text;
using Shouldly;
using SibReview.Documents.Texts;
using Xunit;

namespace SibReview.Tests.Documents.Texts;

/// <summary>From a file's bytes to a normalised text, or to a clear refusal when the file is not what its type says.</summary>
public sealed class TextExtractionTests
{
    private static ExtractedText Read(byte[] bytes, TextFormat format, string name = "report")
    {
        var (text, problem) = TextExtraction.Extract(bytes, format, name);
        problem.ShouldBeNull();
        return text!;
    }

    private static string Refused(byte[] bytes, TextFormat format, string name = "report") =>
        TextExtraction.Extract(bytes, format, name).Problem.ShouldNotBeNull();

    [Theory]
    [InlineData("evaluation.PDF", null, TextFormat.Pdf)]
    [InlineData("notes.md", "application/octet-stream", TextFormat.Markdown)]
    [InlineData("page.htm", "text/plain", TextFormat.Html)]
    [InlineData("upload", "text/html; charset=utf-8", TextFormat.Html)]
    [InlineData("minutes.txt", "", TextFormat.PlainText)]
    public void The_extension_decides_the_format_and_the_media_type_only_without_one(string name, string? type, TextFormat format) =>
        TextFormats.Of(name, type).ShouldBe(format);

    [Fact]
    public void A_word_file_is_no_format_SibReview_reads() =>
        TextFormats.Of("report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document").ShouldBeNull();

    [Fact]
    public void Plain_text_is_read_as_utf8_with_or_without_a_byte_order_mark_and_normalised()
    {
        var text = Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Cafe\u0301 users\r\n\r\n\r\nco-produce  \r\n")], TextFormat.PlainText);

        (text.Text, text.PageStarts.Count).ShouldBe(("Caf\u00E9 users\n\nco-produce", 0));
        text.ContentHash.ShouldBe(ExtractedText.Hash("Caf\u00E9 users\n\nco-produce"));
        text.ContentHash.ShouldStartWith("sha256:");
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_read_as_notepad_writes_it() =>
        Read([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Über 👍")], TextFormat.PlainText).Text.ShouldBe("Über 👍");

    [Fact]
    public void Markdown_is_kept_as_written() =>
        Read(Encoding.UTF8.GetBytes("# Findings\n\n- *co-produced* with users"), TextFormat.Markdown).Text
            .ShouldBe("# Findings\n\n- *co-produced* with users");

    [Fact]
    public void A_text_file_in_a_legacy_encoding_is_refused_with_what_to_do() =>
        Refused(Encoding.Latin1.GetBytes("Caf\u00E9 report"), TextFormat.PlainText, "notes.txt")
            .ShouldBe("'notes.txt' is not UTF-8 text (bytes at position 3 are not valid UTF-8): if it is text, save it with UTF-8 " +
                      "encoding and upload it again; if it is not, upload the document as PDF.");

    [Fact]
    public void Binary_data_sent_as_text_is_refused() =>
        Refused([0x00, 0x01, 0x02, 0x41, 0x00], TextFormat.PlainText, "image.txt").ShouldContain("holds binary data");

    [Fact]
    public void A_pdf_or_a_word_file_sent_as_text_is_named_for_what_it_is()
    {
        Refused(TestPdf.With("Hello"), TextFormat.PlainText, "report.txt").ShouldContain("'report.txt' is a PDF file, not text");
        Refused([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], TextFormat.Html, "report.html").ShouldContain("ZIP archive");
    }

    [Fact]
    public void Html_keeps_what_the_page_says_and_no_markup()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>Tab title</title><style>p { color: red }</style>
            <script>alert("x > y")</script></head>
            <body><h1>Final   evaluation</h1><!-- draft <p>hidden</p> -->
            <p class="a>b" data-x='1>2'>Partners <b>co-produced</b>
               the service&nbsp;model &amp; &lt;script&gt;steal()&lt;/script&gt; &#x1F44D;</p>
            <ul><li>one</li><li>two<br>lines</li></ul>
            <pre>  kept
              as is</pre><table><tr><td>a</td><td>b</td></tr></table><p>1 < 2 and <3</p>
            <img src=x onerror="alert(1)"><svg><text>drawing</text></svg></body></html>
            """;

        Read(Encoding.UTF8.GetBytes(html), TextFormat.Html).Text.ShouldBe(
            "Final evaluation\n\nPartners co-produced the service\u00A0model & <script>steal()</script> 👍\n\none\ntwo\nlines\n\n" +
            "  kept\n  as is\n\na\tb\n\n1 < 2 and <3");
    }

    [Fact]
    public void A_pdf_is_read_page_by_page_and_records_where_each_page_starts()
    {
        var text = Read(TestPdf.With("Page one: vision first\nmetrics later", "", "Page three: shared responsibility"), TextFormat.Pdf);

        text.Text.ShouldBe("Page one: vision first\nmetrics later\n\nPage three: shared responsibility");
        text.PageStarts.ShouldBe([0, 38, 38]);
        text.Text[text.PageStarts[2]..].ShouldStartWith("Page three");
    }

    [Fact]
    public void A_damaged_pdf_is_refused_with_what_to_do()
    {
        var pdf = TestPdf.With("Page one", "Page two");

        Refused(pdf[..(pdf.Length / 2)], TextFormat.Pdf, "cut.pdf").ShouldContain("'cut.pdf' cannot be read as a PDF");
        Refused([.. "%PDF-1.7\n"u8, .. new byte[200]], TextFormat.Pdf, "corrupt.pdf").ShouldContain("cannot be read as a PDF");
    }

    [Fact]
    public void A_file_named_pdf_that_is_not_one_is_refused() =>
        Refused(Encoding.UTF8.GetBytes("just some text"), TextFormat.Pdf, "notes.pdf").ShouldContain("'notes.pdf' is not a PDF");

    [Fact]
    public void A_pdf_with_no_text_layer_is_refused_as_a_scan() =>
        Refused(TestPdf.With("", ""), TextFormat.Pdf, "scan.pdf").ShouldContain("no text to read, only images (a scan?)");

    [Fact]
    public void A_file_with_nothing_but_white_space_has_no_text() =>
        Refused(Encoding.UTF8.GetBytes(" \r\n\t\n"), TextFormat.PlainText, "empty.txt").ShouldBe("'empty.txt' has no text in it.");
}
