using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using SibReview.Outcomes;
using SibReview.Studies;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Outcomes.OutcomesApi;

namespace SibReview.Tests.Studies;

public sealed class AchievementBasisTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private const string PromotingIndependence = "INDIGO-POJ-0181";

    private async Task<StudyView> Demo(HttpClient client) => (await client.GetJson<StudyView>("/api/studies/demo"))!;

    private static Task<HttpResponseMessage> Change(HttpClient client, string? basis, string? rule, string? reason, long expectedVersion) =>
        client.PutAsJsonAsync("/api/studies/demo/achievement-basis", new { basis, rule, reason, expectedVersion });

    [Fact]
    public async Task The_lead_moves_the_study_to_metrics_and_assessments_the_history_and_the_audit_trail_follow()
    {
        await Include(app, PromotingIndependence);
        var (lead, amir) = (await app.SignedInAs("lena"), await app.SignedInAs("amir"));
        var study = await Demo(lead);
        study.Achievement.ShouldBe(AchievementSetting.Default);

        (await (await Change(lead, "metrics", "mean", "align with protocol v2", study.Version)).Read<StudyVersion>()).Version
            .ShouldBe(study.Version + 1);

        var after = await Demo(amir);
        after.Achievement.ShouldBe(new AchievementSetting("metrics", "mean"));
        (after.History[^1].Description, after.History[^1].Reason).ShouldBe(("changed the achievement basis payments -> metrics (mean)",
            "align with protocol v2"));
        var view = await CaseView(amir, PromotingIndependence);
        view.Achievement.Rule.ShouldBe("mean");
        (await (await Assess(amir, PromotingIndependence, new { basis = "payments", expectedVersion = 0 })).ShouldBeProblem(409))
            .ShouldContain("the lead changed it");
        var assessed = await (await Assess(amir, PromotingIndependence, new { basis = "metrics", rule = "mean", expectedVersion = 0 }))
            .Read<AchievementSaved>();
        (assessed.Assessment.Basis, assessed.Assessment.Rule, assessed.Assessment.Ratio).ShouldBe(("metrics", "mean", view.Evidence.Suggested.MetricsMean));

        var timeline = await lead.GetFromJsonAsync<JsonElement>($"/api/studies/demo/cases/{PromotingIndependence}/timeline");
        var change = timeline.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("what").GetString()!.StartsWith("achievement basis"));
        (change.GetProperty("suggestedBefore").GetDecimal(), change.GetProperty("suggestedAfter").GetDecimal())
            .ShouldBe((0.8657m, view.Evidence.Suggested.MetricsMean!.Value));
        var audit = await lead.GetFromJsonAsync<JsonElement>("/api/studies/demo/audit");
        audit.EnumerateArray().ShouldContain(r => r.GetProperty("event").GetString() == "achievement_basis_changed" &&
            r.GetProperty("reason").GetString() == "align with protocol v2");
    }

    [Fact]
    public async Task A_refused_or_stale_change_of_the_basis_writes_nothing()
    {
        var (lead, amir) = (await app.SignedInAs("lena"), await app.SignedInAs("amir"));
        var version = (await Demo(lead)).Version;
        var before = await app.EventCount();

        (await (await Change(amir, "metrics", null, "r", version)).ShouldBeProblem(403)).ShouldContain("Only the study's lead");
        (await (await Change(lead, "outputs", null, "r", version)).ShouldBeProblem(400)).ShouldContain("Choose a basis");
        (await (await Change(lead, "metrics", "median", "r", version)).ShouldBeProblem(400)).ShouldContain("no rule 'median'");
        (await (await Change(lead, "metrics", null, " ", version)).ShouldBeProblem(400)).ShouldContain("reason");
        (await (await Change(lead, "metrics", null, "r", version - 1)).ShouldBeProblem(409)).ShouldContain("Reload");

        (await app.EventCount()).ShouldBe(before);
    }
}
