using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Screening;

public sealed class BlindAgreementTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private const string Case = "INDIGO-POJ-0131";

    private static async Task Decide(HttpClient coder, object decision) =>
        (await coder.PostAsJsonAsync($"/api/studies/demo/screening/cases/{Case}/decision", decision)).EnsureSuccessStatusCode();

    [Fact]
    public async Task Agreement_counts_each_coders_blind_first_decision_not_a_revision_made_after_seeing_the_others()
    {
        var lead = await app.SignedInAs("lena");
        (await lead.PostAsJsonAsync("/api/studies/demo/screening/assignments",
            new { caseIds = new[] { Case }, coders = new[] { "amir", "bea" }, perCase = 2 })).EnsureSuccessStatusCode();
        var (amir, bea) = (await app.SignedInAs("amir"), await app.SignedInAs("bea"));

        await Decide(amir, new { verdict = "include", expectedVersion = 0 });
        await Decide(bea, new { verdict = "exclude", reason = "too-few-documents", expectedVersion = 0 });
        await Decide(bea, new { verdict = "include", revisionReason = "Amir found the 2019 evaluation", expectedVersion = 1 });

        using var agreement = JsonDocument.Parse(await lead.GetStringAsync("/api/studies/demo/agreement"));
        var screening = agreement.RootElement.GetProperty("sets").EnumerateArray().Single(s => s.GetProperty("source").GetString() == "screening");
        screening.GetProperty("labels").GetInt32().ShouldBe(2);
        screening.GetProperty("pairs")[0].GetProperty("percent").GetDouble().ShouldBe(0);

        using var flow = JsonDocument.Parse(await lead.GetStringAsync("/api/studies/demo/screening/flow"));
        flow.RootElement.GetProperty("included").GetInt32().ShouldBe(1, "the case's status follows the revision");
    }
}
