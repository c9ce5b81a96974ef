using System.Net.Http.Json;
using SibReview.Cases.Catalogue;
using SibReview.Screening;
using SibReview.Tests.Support;

namespace SibReview.Tests.Screening;

/// <summary>The screening API of the demo study, as the client calls it.</summary>
internal static class ScreeningApi
{
    private const string Study = "/api/studies/demo";

    public static async Task<IReadOnlyList<string>> Candidates(HttpClient client) =>
        [.. (await client.GetJson<CatalogueResult>($"{Study}/candidates"))!.Cases.Select(c => c.Id)];

    public static Task<HttpResponseMessage> Assign(HttpClient lead, string[]? caseIds, string[] coders, int perCase = 2) =>
        lead.PostAsJsonAsync($"{Study}/screening/assignments", new { caseIds, coders, perCase });

    public static Task<HttpResponseMessage> Decide(HttpClient coder, string caseId, string verdict, string? reason = null,
        long expectedVersion = 0, string? revisionReason = null, string? note = null) =>
        coder.PostAsJsonAsync($"{Study}/screening/cases/{caseId}/decision", new { verdict, reason, note, revisionReason, expectedVersion });

    public static Task<HttpResponseMessage> Consensus(HttpClient lead, string caseId, string verdict, string? reason,
        long expectedVersion = 0) =>
        lead.PostAsJsonAsync($"{Study}/screening/cases/{caseId}/consensus",
            new { verdict, reason, note = "agreed at the screening meeting", expectedVersion });

    public static async Task<ScreeningCaseView> CaseView(HttpClient client, string caseId) =>
        (await client.GetJson<ScreeningCaseView>($"{Study}/screening/cases/{caseId}"))!;

    public static async Task<ScreeningQueue> Queue(HttpClient client) => (await client.GetJson<ScreeningQueue>($"{Study}/screening/queue"))!;

    public static async Task<ScreeningConflicts> Conflicts(HttpClient client) =>
        (await client.GetJson<ScreeningConflicts>($"{Study}/screening/conflicts"))!;

    public static async Task<ScreeningFlow> Flow(HttpClient client) => (await client.GetJson<ScreeningFlow>($"{Study}/screening/flow"))!;

    /// <summary>Every answer a coder can get about a case, as text: what blindness must keep clean.</summary>
    public static async Task<string> EverythingSeenBy(HttpClient client, string caseId) => string.Join("\n",
        await client.GetStringAsync($"{Study}/screening/cases/{caseId}"), await client.GetStringAsync($"{Study}/screening/queue"),
        await client.GetStringAsync($"{Study}/screening/conflicts"), await client.GetStringAsync($"{Study}/screening/flow"),
        await client.GetStringAsync($"{Study}/agreement"));
}
