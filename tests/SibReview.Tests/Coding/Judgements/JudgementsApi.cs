using System.Net.Http.Json;
using SibReview.Coding;
using SibReview.Coding.Segments;
using SibReview.Coding.Judgements;
using SibReview.Tests.Screening;
using SibReview.Tests.Support;

namespace SibReview.Tests.Coding.Judgements;

/// <summary>The judgements API of the demo study, as the client calls it.</summary>
internal static class JudgementsApi
{
    public const int ThemeCount = 8;
    private const string Study = "/api/studies/demo";

    /// <summary>The candidate at the index, assigned to amir and bea for screening and included by both.</summary>
    public static async Task<string> IncludedCase(AppFixture app, int index)
    {
        var lead = await app.SignedInAs("lena");
        var caseId = (await ScreeningApi.Candidates(lead))[index];
        (await ScreeningApi.Assign(lead, [caseId], ["amir", "bea"])).EnsureSuccessStatusCode();
        foreach (var coder in new[] { "amir", "bea" })
            (await ScreeningApi.Decide(await app.SignedInAs(coder), caseId, "include")).EnsureSuccessStatusCode();
        return caseId;
    }

    public static Task<HttpResponseMessage> Judge(HttpClient coder, string caseId, int? theme, bool? present, long expectedVersion,
        int? strength = null, string? note = null, string[]? codingIds = null, string? revisionReason = null) =>
        coder.PostAsJsonAsync($"{Study}/cases/{caseId}/judgements",
            new { theme, present, strength, note, codingIds, revisionReason, expectedVersion });

    public static Task<HttpResponseMessage> Submit(HttpClient coder, string caseId, long expectedVersion) =>
        coder.PostAsJsonAsync($"{Study}/cases/{caseId}/judgements/submission", new { expectedVersion });

    public static Task<HttpResponseMessage> Consensus(HttpClient lead, string caseId, int theme, bool present, string? reason,
        long expectedVersion) =>
        lead.PostAsJsonAsync($"{Study}/cases/{caseId}/judgements/consensus", new { theme, present, reason, expectedVersion });

    public static async Task<CaseJudgementsView> View(HttpClient client, string caseId) =>
        (await client.GetJson<CaseJudgementsView>($"{Study}/cases/{caseId}/judgements"))!;

    /// <summary>Every theme judged (present where listed, with the note), then the case submitted.</summary>
    public static async Task JudgeAllAndSubmit(HttpClient coder, string caseId, int[] present, string? note = null)
    {
        for (var theme = 1; theme <= ThemeCount; theme++)
            (await Judge(coder, caseId, theme, present.Contains(theme), theme - 1, note: note)).EnsureSuccessStatusCode();
        (await Submit(coder, caseId, ThemeCount)).EnsureSuccessStatusCode();
    }

    /// <summary>A coding as the workbench records it, written straight to the coder's document stream.</summary>
    public static Task Code(AppFixture app, string caseId, string coder, string codingId, int theme) => OnDocument(app, caseId, coder,
        new SegmentCoded("demo", caseId, "d1", 1, coder, codingId, theme, 0, 12, "co-designed", 1, null, DateTimeOffset.UtcNow));

    /// <summary>The coder moved the coding to "designed" (3-12) in the workbench, written straight to their document stream.</summary>
    public static Task Recode(AppFixture app, string caseId, string coder, string codingId) => OnDocument(app, caseId, coder,
        new SegmentCodingAdjusted("demo", caseId, "d1", 1, coder, codingId, 3, 12, "designed", "the verb only", DateTimeOffset.UtcNow));

    /// <summary>The coder removed the coding in the workbench, written straight to their document stream.</summary>
    public static Task Uncode(AppFixture app, string caseId, string coder, string codingId) => OnDocument(app, caseId, coder,
        new SegmentCodingRemoved("demo", caseId, "d1", 1, coder, codingId, "coded by mistake", DateTimeOffset.UtcNow));

    private static async Task OnDocument(AppFixture app, string caseId, string coder, object e)
    {
        await using var session = app.Store.LightweightSession();
        session.Events.Append(CodingStreams.Document("demo", caseId, "d1", coder), e);
        await session.SaveChangesAsync();
    }

    /// <summary>Every answer a coder can get about a case's judgements, as text: what blindness must keep clean.</summary>
    public static async Task<string> EverythingSeenBy(HttpClient client, string caseId) => string.Join("\n",
        await client.GetStringAsync($"{Study}/cases/{caseId}/judgements"), await client.GetStringAsync($"{Study}/themes/prevalence"),
        await client.GetStringAsync($"{Study}/agreement"));
}
