using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Shouldly;
using SibReview.Coding.Prevalence;
using SibReview.Outcomes;
using SibReview.Tests.Screening;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Coding.Judgements.JudgementsApi;

namespace SibReview.Tests.Coding.Prevalence;

public sealed class ThemePrevalenceApiTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private const string PromotingIndependence = "INDIGO-POJ-0181", FamilySupport = "INDIGO-POJ-0173";

    /// <summary>Both cases included, assessed (0.8657 by payments, and 0.95), and judged by amir and bea.</summary>
    private async Task JudgedStudy()
    {
        var lead = await app.SignedInAs("lena");
        (await ScreeningApi.Assign(lead, [PromotingIndependence, FamilySupport], ["amir", "bea"])).EnsureSuccessStatusCode();
        foreach (var coder in new[] { "amir", "bea" })
        foreach (var caseId in new[] { PromotingIndependence, FamilySupport })
            (await ScreeningApi.Decide(await app.SignedInAs(coder), caseId, "include")).EnsureSuccessStatusCode();
        foreach (var coder in new[] { "amir", "bea" })
        {
            var client = await app.SignedInAs(coder);
            foreach (var (caseId, ratio) in new[] { (PromotingIndependence, (decimal?)null), (FamilySupport, 0.95m) })
            {
                (await client.PostAsJsonAsync($"/api/studies/demo/outcomes/cases/{caseId}/assessment",
                    new { basis = "payments", ratio, overrideReason = ratio is null ? null : "the final report", expectedVersion = 0 }))
                    .EnsureSuccessStatusCode();
            }
            await JudgeAllAndSubmit(client, FamilySupport, coder == "amir" ? [1, 2, 3] : [1, 3]);
            await JudgeAllAndSubmit(client, PromotingIndependence, [2]);
        }
    }

    [Fact]
    public async Task Replay_under_the_studys_own_tolerance_gives_the_live_prevalence_and_another_tolerance_moves_it_writing_nothing()
    {
        await JudgedStudy();
        var lead = await app.SignedInAs("lena");
        var liveJson = await lead.GetStringAsync("/api/studies/demo/themes/prevalence");
        using var live = JsonDocument.Parse(liveJson);
        var prevalence = JsonSerializer.Deserialize<ThemePrevalence>(liveJson, Json.Web)!;
        prevalence.Cases.Select(c => (c.CaseId, c.Classification)).ShouldBe(
            [(FamilySupport, Classification.Successful), (PromotingIndependence, Classification.Struggling)]);
        prevalence.Rows[1].Successful.Disagreements.ShouldBe(1);
        (prevalence.Rows[0].Successful.Present, prevalence.Rows[0].Struggling.Absent).ShouldBe((1, 1));
        var events = await app.EventCount();

        var replayJson = await lead.GetStringAsync("/api/studies/demo/replay?tolerance=0.1,0.15");
        using var replay = JsonDocument.Parse(replayJson);
        var scenarios = replay.RootElement.GetProperty("scenarios");

        JsonNode.DeepEquals(JsonNode.Parse(scenarios[0].GetProperty("themes").GetRawText()),
            JsonNode.Parse(live.RootElement.GetProperty("rows").GetRawText())).ShouldBeTrue();
        var wider = scenarios[1].GetProperty("themes")[0];
        (wider.GetProperty("successful").GetProperty("cases").GetInt32(), wider.GetProperty("successful").GetProperty("share").GetDouble())
            .ShouldBe((2, 0.5));
        (await lead.GetStringAsync("/api/studies/demo/replay?tolerance=0.1,0.15")).ShouldBe(replayJson);
        var cli = await SibReviewCommand.RunAsync(app.ConnectionString, "replay", "--study", "demo", "--tolerance", "0.1,0.15", "--format", "json");
        cli.Output.ShouldBe(replayJson + "\n");
        (await SibReviewCommand.RunAsync(app.ConnectionString, "replay", "--study", "demo", "--tolerance", "0.1")).Output
            .ShouldContain("Themes at 0.1 (cases showing the theme of those judged");
        (await app.EventCount()).ShouldBe(events);
        (await lead.GetStringAsync("/api/studies/demo/themes/prevalence")).ShouldBe(liveJson);
    }
}
