using System.Net;
using System.Text;
using Microsoft.Playwright;
using Shouldly;
using SibReview.Documents.Texts;
using SibReview.Tests.Documents.Texts;
using SibReview.Tests.Support;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace SibReview.Tests.Journeys;

public sealed class DocumentTextJourney(JourneyFixture app) : IClassFixture<JourneyFixture>
{
    private const string Payload = "window.__pwned = true";

    /// <summary>A real script element (dropped), and a script and an image handler written as text (kept, to be shown as text).</summary>
    private static readonly string Html = $"""
        <html><head><script>{Payload}; alert("ran")</script></head>
        <body><h1>Findings</h1>
        <p>Partners said: &lt;script&gt;{Payload}&lt;/script&gt; and &lt;img src=x onerror="{Payload}"&gt;</p>
        <img src=x onerror="{Payload}"></body></html>
        """;

    [Fact]
    public async Task A_coder_uploads_an_html_page_and_reads_its_script_as_text_that_never_runs()
    {
        var page = await app.SignedInPage("amir");
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
        await page.GotoAsync("/cases/INDIGO-POJ-0020/documents");
        var document = page.GetByTestId("document").First;

        await document.GetByText("Add text").ClickAsync();
        await document.GetByLabel("File").SetInputFilesAsync(new FilePayload
        {
            Name = "findings.html", MimeType = "text/html", Buffer = Encoding.UTF8.GetBytes(Html),
        });
        await document.GetByRole(AriaRole.Button, new() { Name = "Upload text" }).ClickAsync();
        await Expect(document.GetByRole(AriaRole.Status)).ToHaveTextAsync("Added as text version 1 of d1.");
        await document.GetByRole(AriaRole.Link, new() { Name = "Read text (version 1)" }).ClickAsync();

        var body = page.GetByTestId("document-text-body");
        await Expect(page.GetByTestId("text-version")).ToHaveTextAsync("Version 1 of 1");
        await Expect(body).ToHaveTextAsync(
            $"Findings\n\nPartners said: <script>{Payload}</script> and <img src=x onerror=\"{Payload}\">");
        (await page.Locator("article script, article img").CountAsync()).ShouldBe(0);
        (await page.EvaluateAsync<bool>("() => window.__pwned === true")).ShouldBeFalse();
        dialogs.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_pdf_s_text_is_read_with_its_page_numbers()
    {
        var coder = await app.SignedInAs("bea");
        var pdf = TestPdf.With("Vision and values first", "Metrics later");
        (await coder.PostAsync("/api/cases/INDIGO-POJ-0021/documents/d1/texts", DocumentTextTests.Form(pdf, "review.pdf", "application/pdf")))
            .EnsureSuccessStatusCode();
        var page = await app.SignedInPage("olive");

        await page.GotoAsync("/cases/INDIGO-POJ-0021/documents/d1/texts/1");

        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Page 2" })).ToContainTextAsync("Metrics later");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Page 1" })).ToContainTextAsync("Vision and values first");
    }

    /// <summary>
    /// Over real Kestrel, whose own limit (about 30 MB) the upload endpoint raises to take a 50 MB file. The client asks
    /// to continue before sending a body, as large uploads over HTTP should: a body refused by its declared size is then
    /// never sent, rather than cut off mid-way.
    /// </summary>
    [Fact]
    public async Task Kestrel_takes_a_file_up_to_50_MB_and_refuses_a_larger_one_with_a_problem_that_says_so()
    {
        using var coder = new HttpClient { BaseAddress = app.Address };
        coder.DefaultRequestHeaders.Add("Cookie", await app.SignInCookie("chen"));
        coder.DefaultRequestHeaders.ExpectContinue = true;
        var before = await app.EventCount();

        var binary = await coder.PostAsync("/api/cases/INDIGO-POJ-0022/documents/d1/texts",
            DocumentTextTests.Form(new byte[40 * 1024 * 1024], "zeros.txt", "text/plain"));
        var huge = await coder.PostAsync("/api/cases/INDIGO-POJ-0022/documents/d1/texts",
            DocumentTextTests.Form(new byte[TextUpload.MaxFileBytes + 1024 * 1024], "huge.txt", "text/plain"));

        (await binary.ShouldBeProblem(400)).ShouldContain("holds binary data");
        (await huge.ShouldBeProblem(413)).ShouldContain("may have up to 50 MB");
        huge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await app.EventCount()).ShouldBe(before);
    }
}
