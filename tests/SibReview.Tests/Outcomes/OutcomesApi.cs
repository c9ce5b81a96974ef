using System.Net.Http.Json;
using SibReview.Outcomes;
using SibReview.Tests.Screening;
using SibReview.Tests.Support;

namespace SibReview.Tests.Outcomes;

/// <summary>The outcomes API of the demo study, as the client calls it.</summary>
internal static class OutcomesApi
{
    private const string Study = "/api/studies/demo";

    /// <summary>The lead assigns the case to amir and bea, who both include it.</summary>
    public static async Task Include(AppFixture app, string caseId)
    {
        var lead = await app.SignedInAs("lena");
        (await ScreeningApi.Assign(lead, [caseId], ["amir", "bea"])).EnsureSuccessStatusCode();
        foreach (var coder in new[] { "amir", "bea" })
            (await ScreeningApi.Decide(await app.SignedInAs(coder), caseId, "include")).EnsureSuccessStatusCode();
    }

    public static Task<HttpResponseMessage> Assess(HttpClient coder, string caseId, object assessment) =>
        coder.PostAsJsonAsync($"{Study}/outcomes/cases/{caseId}/assessment", assessment);

    public static Task<HttpResponseMessage> Correct(HttpClient coder, string caseId, object correction) =>
        coder.PostAsJsonAsync($"{Study}/outcomes/cases/{caseId}/evidence/corrections", correction);

    public static Task<HttpResponseMessage> AddMetric(HttpClient coder, string caseId, object metric) =>
        coder.PostAsJsonAsync($"{Study}/outcomes/cases/{caseId}/evidence/metrics", metric);

    public static async Task<OutcomeCohorts> Cohorts(HttpClient client) =>
        (await client.GetJson<OutcomeCohorts>($"{Study}/outcomes/cohorts"))!;

    public static async Task<OutcomeCaseView> CaseView(HttpClient client, string caseId) =>
        (await client.GetJson<OutcomeCaseView>($"{Study}/outcomes/cases/{caseId}"))!;
}
