using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Marten;
using Shouldly;
using SibReview.Documents;
using SibReview.Documents.Texts;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Documents.Texts;

/// <summary>Adding and reading documents' texts over HTTP against PostgreSQL; each test works on its own case.</summary>
public sealed class DocumentTextTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private static string Texts(string caseId, string documentId) => $"/api/cases/{caseId}/documents/{documentId}/texts";

    public static MultipartFormDataContent Form(byte[] bytes, string fileName, string? mediaType = null, string? note = null)
    {
        var file = new ByteArrayContent(bytes);
        if (mediaType is not null) file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        if (note is not null) form.Add(new StringContent(note), "note");
        return form;
    }

    private static Task<HttpResponseMessage> Upload(HttpClient client, string caseId, string documentId, string text, string fileName = "report.txt",
        string? note = null) => client.PostAsync(Texts(caseId, documentId), Form(Encoding.UTF8.GetBytes(text), fileName, "text/plain", note));

    private async Task<IReadOnlyList<object>> Stream(string caseId)
    {
        await using var session = app.Store.QuerySession();
        return (await session.Events.FetchStreamAsync(DocumentRegister.Key(caseId))).Select(e => e.Data).ToList();
    }

    private async Task ShouldWriteNothing(Func<Task<HttpResponseMessage>> act, int status, string detail)
    {
        var before = await app.EventCount();
        var texts = await TextCount();

        (await (await act()).ShouldBeProblem(status)).ShouldContain(detail);

        (await app.EventCount(), await TextCount()).ShouldBe((before, texts));
    }

    private async Task<int> TextCount()
    {
        await using var session = app.Store.QuerySession();
        return await session.Query<DocumentText>().CountAsync();
    }

    [Fact]
    public async Task A_coder_adds_a_text_to_a_document_and_it_is_stored_once_with_an_event_saying_who_added_which_text_when()
    {
        var coder = await app.SignedInAs("amir");

        var response = await Upload(coder, "INDIGO-POJ-0012", "d1", "Partners co-produced the service\r\nwith café users.", note: "from the commissioner's site");

        var changed = await response.Read<DocumentRegisterVersion>();
        (changed.DocumentId, changed.TextVersion, changed.Version).ShouldBe(("d1", 1, 2));
        var stream = await Stream("INDIGO-POJ-0012");
        stream[0].ShouldBeOfType<DocumentRegisterSeeded>();
        var added = stream[1].ShouldBeOfType<DocumentTextAdded>();
        (added.AddedBy, added.TextId, added.SourceFileName, added.MediaType, added.Note)
            .ShouldBe(("amir", "INDIGO-POJ-0012/d1/v1", "report.txt", "text/plain", "from the commissioner's site"));
        added.ContentHash.ShouldBe(ExtractedText.Hash("Partners co-produced the service\nwith café users."));
        await using var session = app.Store.QuerySession();
        var text = (await session.LoadAsync<DocumentText>("INDIGO-POJ-0012/d1/v1"))!;
        (text.Text, text.Version, text.AddedBy).ShouldBe(("Partners co-produced the service\nwith café users.", 1, "amir"));
    }

    [Fact]
    public async Task A_second_text_is_version_2_the_same_text_again_changes_nothing_and_both_versions_stay_readable()
    {
        var coder = await app.SignedInAs("bea");
        (await Upload(coder, "INDIGO-POJ-0013", "d1", "Interim report.")).EnsureSuccessStatusCode();

        var second = await (await Upload(coder, "INDIGO-POJ-0013", "d1", "Final report.", "final.md")).Read<DocumentRegisterVersion>();
        await ShouldWriteNothing(() => Upload(coder, "INDIGO-POJ-0013", "d1", "Interim report.\r\n", "again.txt"), 400,
            "This text is already version 1 of d1 (from 'report.txt', added by bea on");

        second.TextVersion.ShouldBe(2);
        var versions = (await coder.GetJson<List<TextVersionView>>(Texts("INDIGO-POJ-0013", "d1")))!;
        versions.Select(v => (v.Version, v.SourceFileName, v.MediaType)).ShouldBe([(1, "report.txt", "text/plain"), (2, "final.md", "text/markdown")]);
        var first = (await coder.GetJson<DocumentTextView>(Texts("INDIGO-POJ-0013", "d1") + "/1"))!;
        (first.Text, first.Version, first.LatestVersion, first.OffsetUnit, first.Pages.Count).ShouldBe(("Interim report.", 1, 2, "utf16", 0));
        var register = (await coder.GetJson<CaseDocumentsView>("/api/cases/INDIGO-POJ-0013/documents"))!;
        register.Documents.Single(d => d.Id == "d1").Texts.Select(t => t.Version).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task A_pdf_s_text_is_read_with_its_page_numbers()
    {
        var coder = await app.SignedInAs("chen");
        var pdf = TestPdf.With("Page one: vision and values first", "", "Page three: metrics later");

        (await coder.PostAsync(Texts("INDIGO-POJ-0014", "d2"), Form(pdf, "evaluation.pdf", "application/pdf"))).EnsureSuccessStatusCode();

        var text = (await coder.GetJson<DocumentTextView>(Texts("INDIGO-POJ-0014", "d2") + "/1"))!;
        text.Text.ShouldBe("Page one: vision and values first\n\nPage three: metrics later");
        text.Pages.ShouldBe([new TextPage(1, 0, 35), new TextPage(2, 35, 35), new TextPage(3, 35, 60)]);
        text.MediaType.ShouldBe("application/pdf");
    }

    public static TheoryData<string, string?, byte[], string> BadFiles => new()
    {
        { "corrupt.pdf", "application/pdf", [.. "%PDF-1.7\n"u8, .. new byte[300]], "'corrupt.pdf' cannot be read as a PDF" },
        { "image.txt", "text/plain", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], "not UTF-8 text" },
        { "zeros.txt", "text/plain", new byte[64], "holds binary data" },
        { "report.docx", "application/octet-stream", [1, 2, 3], "SibReview reads plain text (.txt), Markdown (.md), HTML (.html) or PDF (.pdf)" },
        { "empty.txt", "text/plain", [], "'empty.txt' is empty" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_file_that_is_not_what_its_type_says_is_a_clear_problem_that_writes_nothing_not_even_the_seed(string name,
        string? type, byte[] bytes, string detail)
    {
        var coder = await app.SignedInAs("amir");

        await ShouldWriteNothing(() => coder.PostAsync(Texts("INDIGO-POJ-0015", "d1"), Form(bytes, name, type)), 400, detail);

        (await coder.GetJson<CaseDocumentsView>("/api/cases/INDIGO-POJ-0015/documents"))!.Seeded.ShouldBeFalse();
    }

    [Fact]
    public async Task A_file_over_50_MB_is_refused_as_too_large_and_writes_nothing()
    {
        var coder = await app.SignedInAs("amir");
        var bytes = new byte[TextUpload.MaxFileBytes + 1];
        bytes.AsSpan().Fill((byte)'a');

        await ShouldWriteNothing(() => coder.PostAsync(Texts("INDIGO-POJ-0016", "d1"), Form(bytes, "huge.txt", "text/plain")), 413,
            "A document's file may have up to 50 MB (52,428,800 bytes); this upload has");
    }

    [Fact]
    public async Task An_upload_that_is_not_a_form_with_one_file_says_how_to_send_it()
    {
        var coder = await app.SignedInAs("amir");

        await ShouldWriteNothing(() => coder.PostAsJsonAsync(Texts("INDIGO-POJ-0016", "d1"), new { text = "hello" }), 400, "multipart/form-data");
        await ShouldWriteNothing(() => coder.PostAsync(Texts("INDIGO-POJ-0016", "d1"),
            new MultipartFormDataContent { { new StringContent("x"), "note" } }), 400, "exactly one file, in the field 'file'; got 0");
    }

    [Fact]
    public async Task A_text_for_an_unknown_case_or_document_is_not_found()
    {
        var coder = await app.SignedInAs("amir");

        await ShouldWriteNothing(() => Upload(coder, "INDIGO-POJ-9999", "d1", "x"), 404, "no case 'INDIGO-POJ-9999'");
        await ShouldWriteNothing(() => Upload(coder, "INDIGO-POJ-0017", "d99", "x"), 404, "no document 'd99'");
        (await (await coder.GetAsync(Texts("INDIGO-POJ-0017", "d1") + "/1")).ShouldBeProblem(404)).ShouldContain("d1 has no text yet");
    }

    [Fact]
    public async Task An_observer_reads_texts_but_may_not_add_one()
    {
        var coder = await app.SignedInAs("chen");
        (await Upload(coder, "INDIGO-POJ-0018", "d1", "Shared responsibility across partners.")).EnsureSuccessStatusCode();
        var observer = await app.SignedInAs("olive");

        await ShouldWriteNothing(() => Upload(observer, "INDIGO-POJ-0018", "d1", "Another text"), 403, "observers read them");

        (await observer.GetJson<DocumentTextView>(Texts("INDIGO-POJ-0018", "d1") + "/1"))!.Text.ShouldBe("Shared responsibility across partners.");
        (await observer.GetJson<List<TextVersionView>>(Texts("INDIGO-POJ-0018", "d1")))!.ShouldHaveSingleItem();
        (await (await observer.GetAsync(Texts("INDIGO-POJ-0018", "d1") + "/2")).ShouldBeProblem(404)).ShouldContain("its versions are 1");
    }

    [Fact]
    public async Task Someone_not_signed_in_can_neither_read_nor_add_texts()
    {
        var anonymous = app.CreateClient();

        (await anonymous.GetAsync(Texts("INDIGO-POJ-0018", "d1"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Upload(anonymous, "INDIGO-POJ-0018", "d1", "x")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Two_texts_uploaded_at_once_to_one_register_are_one_version_each_or_a_conflict_never_two_version_1s()
    {
        var (amir, bea) = (await app.SignedInAs("amir"), await app.SignedInAs("bea"));
        (await Upload(amir, "INDIGO-POJ-0019", "d1", "seed")).EnsureSuccessStatusCode();

        var responses = await Task.WhenAll(Upload(amir, "INDIGO-POJ-0019", "d1", "Amir's copy"), Upload(bea, "INDIGO-POJ-0019", "d1", "Bea's copy"));

        responses.Select(r => r.StatusCode).ShouldContain(HttpStatusCode.OK);
        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.OK || s == HttpStatusCode.Conflict);
        var versions = (await amir.GetJson<List<TextVersionView>>(Texts("INDIGO-POJ-0019", "d1")))!;
        versions.Select(v => v.Version).ShouldBe(Enumerable.Range(1, versions.Count));
        (await TextCountOf("INDIGO-POJ-0019")).ShouldBe(versions.Count);
    }

    private async Task<int> TextCountOf(string caseId)
    {
        await using var session = app.Store.QuerySession();
        return await session.Query<DocumentText>().CountAsync(t => t.CaseId == caseId);
    }
}
