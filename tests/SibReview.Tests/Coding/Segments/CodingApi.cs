using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SibReview.Coding.Segments;
using SibReview.Documents;
using SibReview.Tests.Screening;
using SibReview.Tests.Documents.Texts;
using SibReview.Tests.Support;

namespace SibReview.Tests.Coding.Segments;

/// <summary>The workbench's calls, as the client makes them, on document d1 of a case of the demo study.</summary>
public static class CodingApi
{
    public static string Document(string caseId, string documentId = "d1", string studyId = "demo") =>
        $"/api/studies/{studyId}/cases/{caseId}/documents/{documentId}";

    /// <summary>A candidate of the demo study whose register has a d1, after skipping some (so tests can take different ones).</summary>
    public static async Task<string> CandidateWithDocuments(HttpClient client, int skip = 0)
    {
        var withDocuments = new List<string>();
        foreach (var caseId in await ScreeningApi.Candidates(client))
            if ((await client.GetJson<CaseDocumentsView>($"/api/cases/{caseId}/documents"))!.Documents.Any(d => d.Id == "d1"))
                if (withDocuments.Count == skip) return caseId;
                else withDocuments.Add(caseId);
        throw new InvalidOperationException("The demo has too few candidates with documents.");
    }

    /// <summary>Adds a text version to d1 of the case, as a coder does on the case's documents page.</summary>
    public static async Task AddText(HttpClient client, string caseId, string text) =>
        (await client.PostAsync($"/api/cases/{caseId}/documents/d1/texts",
            DocumentTextTests.Form(Encoding.UTF8.GetBytes(text), "report.txt", "text/plain"))).EnsureSuccessStatusCode();

    public static Task<HttpResponseMessage> Code(HttpClient coder, string caseId, int theme, int start, int end, string quote,
        long expectedVersion, int textVersion = 1, string? suggestionId = null) =>
        coder.PostAsJsonAsync($"{Document(caseId)}/codings",
            new { textVersion, theme, start, end, quote, suggestionId, expectedVersion });

    /// <summary>Codes the first occurrence of the quote in the text.</summary>
    public static Task<HttpResponseMessage> Code(HttpClient coder, string caseId, string text, int theme, string quote, long expectedVersion) =>
        Code(coder, caseId, theme, text.IndexOf(quote, StringComparison.Ordinal), text.IndexOf(quote, StringComparison.Ordinal) + quote.Length,
            quote, expectedVersion);

    public static Task<HttpResponseMessage> Adjust(HttpClient coder, string caseId, string codingId, int start, int end, string quote,
        long expectedVersion, string? reason = null) =>
        coder.PutAsJsonAsync($"{Document(caseId)}/codings/{codingId}/span", new { start, end, quote, reason, expectedVersion });

    public static Task<HttpResponseMessage> Remove(HttpClient coder, string caseId, string codingId, long expectedVersion, string? reason = null) =>
        coder.PostAsJsonAsync($"{Document(caseId)}/codings/{codingId}/removal", new { reason, expectedVersion });

    public static Task<HttpResponseMessage> CodingMemo(HttpClient coder, string caseId, string codingId, string? memo, long expectedVersion) =>
        coder.PutAsJsonAsync($"{Document(caseId)}/codings/{codingId}/memo", new { memo, expectedVersion });

    public static Task<HttpResponseMessage> DocumentMemo(HttpClient coder, string caseId, string? memo, long expectedVersion, int textVersion = 1) =>
        coder.PutAsJsonAsync($"{Document(caseId)}/memo", new { textVersion, memo, expectedVersion });

    public static Task<HttpResponseMessage> Submit(HttpClient coder, string caseId, long expectedVersion, int textVersion = 1) =>
        coder.PostAsJsonAsync($"{Document(caseId)}/submission", new { textVersion, expectedVersion });

    public static async Task<DocumentCodingsView> View(HttpClient client, string caseId, int? textVersion = null) =>
        await (await client.GetAsync($"{Document(caseId)}/codings{(textVersion is { } v ? $"?textVersion={v}" : "")}")).Read<DocumentCodingsView>();

    public static async Task<SegmentAgreementView> AgreementOn(HttpClient client, string caseId) =>
        await (await client.GetAsync($"{Document(caseId)}/agreement")).Read<SegmentAgreementView>();

    public static async Task<CodingSaved> Saved(this Task<HttpResponseMessage> response) => await (await response).Read<CodingSaved>();

    /// <summary>The version a 409 says the coder's stream is at.</summary>
    public static async Task<long> ConflictVersion(HttpResponseMessage response)
    {
        await response.ShouldBeProblem(409);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("version").GetInt64();
    }
}
