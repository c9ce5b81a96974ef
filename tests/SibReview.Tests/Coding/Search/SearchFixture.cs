using System.Net.Http.Json;
using System.Text;
using SibReview.Cases.Catalogue;
using SibReview.Coding.Search;
using SibReview.Tests.Documents.Texts;
using SibReview.Tests.Support;

namespace SibReview.Tests.Coding.Search;

/// <summary>The demo with texts added through the API: each test puts its texts on a candidate case of its own and searches that case.</summary>
public class SearchFixture : DemoFixture
{
    private readonly Queue<string> _unused = new();

    public IReadOnlyList<string> Candidates { get; private set; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var lead = await SignedInAs("lena");
        Candidates = (await lead.GetJson<CatalogueResult>("/api/studies/demo/candidates"))!.Cases.Select(c => c.Id).ToList();
        foreach (var id in Candidates) _unused.Enqueue(id);
    }

    /// <summary>A candidate case no other test of the class has used.</summary>
    public string NewCase()
    {
        lock (_unused) return _unused.Dequeue();
    }

    /// <summary>Adds a plain text as the next text version of the case's document, as a coder uploads it.</summary>
    public async Task Upload(string caseId, string documentId, string text, string fileName = "report.txt")
    {
        var coder = await SignedInAs("amir");
        (await coder.PostAsync($"/api/cases/{caseId}/documents/{documentId}/texts",
            DocumentTextTests.Form(Encoding.UTF8.GetBytes(text), fileName, "text/plain"))).EnsureSuccessStatusCode();
    }

    public async Task UploadPdf(string caseId, string documentId, params string[] pages)
    {
        var coder = await SignedInAs("amir");
        (await coder.PostAsync($"/api/cases/{caseId}/documents/{documentId}/texts",
            DocumentTextTests.Form(TestPdf.With(pages), "report.pdf", "application/pdf"))).EnsureSuccessStatusCode();
    }

    public static string SearchUrl(string query, string? caseId = null, string? extra = null) =>
        $"/api/studies/demo/search?q={Uri.EscapeDataString(query)}" + (caseId is null ? "" : $"&caseId={caseId}") + (extra ?? "");

    /// <summary>The hits of a keyword in one case, as (keyword, matched text) lines in text order.</summary>
    public async Task<SearchResults> Search(string query, string caseId, string? extra = null)
    {
        var coder = await SignedInAs("bea");
        return await (await coder.GetAsync(SearchUrl(query, caseId, extra))).Read<SearchResults>();
    }
}
