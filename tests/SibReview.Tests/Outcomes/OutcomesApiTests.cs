using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using SibReview.Outcomes;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Outcomes.OutcomesApi;

namespace SibReview.Tests.Outcomes;

public sealed class OutcomesApiTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private const string PromotingIndependence = "INDIGO-POJ-0181";
    private const string FamilySupport = "INDIGO-POJ-0173";
    private const string Kirklees = "INDIGO-POJ-0175";

    [Fact]
    public async Task Blind_coders_disagree_the_lead_settles_it_and_a_wider_tolerance_moves_the_SIB_to_the_successful_cohort()
    {
        await Include(app, PromotingIndependence);
        var (lead, amir, bea) = (await app.SignedInAs("lena"), await app.SignedInAs("amir"), await app.SignedInAs("bea"));

        var confirmed = await (await Assess(amir, PromotingIndependence, new { basis = "payments", expectedVersion = 0 }))
            .Read<AchievementSaved>();
        confirmed.Assessment.Ratio.ShouldBe(0.8657m);

        var blind = await CaseView(bea, PromotingIndependence);
        (blind.OthersHidden, blind.OtherCoders, blind.Others.Count, blind.Classification).ShouldBe((true, 1, 0, null));
        blind.Evidence.Suggested.Payments.ShouldBe(0.8657m);
        blind.Evidence.Source.Page.ShouldContain(PromotingIndependence);
        (await Cohorts(bea)).Unassessed.ShouldContain(c => c.CaseId == PromotingIndependence && c.Ratio == null);

        (await Assess(bea, PromotingIndependence, new
        {
            basis = "payments", ratio = 0.95m, overrideReason = "the final evaluation reports payments after INDIGO's copy",
            expectedVersion = 0,
        })).EnsureSuccessStatusCode();
        var seen = await CaseView(bea, PromotingIndependence);
        (seen.OthersHidden, seen.Others.Single().Assessment.Coder, seen.Classification).ShouldBe((false, "amir", Classification.Conflict));
        (await Cohorts(lead)).Conflicts.ShouldContain(c => c.CaseId == PromotingIndependence);

        (await lead.PostAsJsonAsync($"/api/studies/demo/outcomes/cases/{PromotingIndependence}/consensus",
            new { basis = "payments", ratio = 0.8657m, reason = "INDIGO's payments are the audited figure", expectedVersion = 0 }))
            .EnsureSuccessStatusCode();
        var atTen = await Cohorts(lead);
        (atTen.Tolerance, atTen.Struggling.Single(c => c.CaseId == PromotingIndependence).Ratio).ShouldBe((0.10m, 0.8657m));

        using var study = JsonDocument.Parse(await lead.GetStringAsync("/api/studies/demo"));
        (await lead.PutAsJsonAsync("/api/studies/demo/tolerance", new
        {
            tolerance = 0.15m, reason = "align with protocol v2", expectedVersion = study.RootElement.GetProperty("version").GetInt64(),
        })).EnsureSuccessStatusCode();
        var atFifteen = await Cohorts(lead);
        atFifteen.Successful.ShouldContain(c => c.CaseId == PromotingIndependence);
        atFifteen.Struggling.ShouldNotContain(c => c.CaseId == PromotingIndependence);
        (atFifteen.Counts.Successful + atFifteen.Counts.Struggling).ShouldBe(atTen.Counts.Successful + atTen.Counts.Struggling);

        using var agreement = JsonDocument.Parse(await lead.GetStringAsync("/api/studies/demo/agreement"));
        var ratios = agreement.RootElement.GetProperty("sets").EnumerateArray().Single(s => s.GetProperty("name").GetString() == OutcomeLabels.Name);
        (ratios.GetProperty("level").GetString(), ratios.GetProperty("problem").ValueKind).ShouldBe(("interval", JsonValueKind.Null));
        ratios.GetProperty("pairs").EnumerateArray().Single().GetProperty("units").GetInt32().ShouldBe(1, "both coders assessed one SIB");
    }

    [Fact]
    public async Task Refused_assessments_write_nothing()
    {
        await Include(app, FamilySupport);
        var (amir, olive) = (await app.SignedInAs("amir"), await app.SignedInAs("olive"));
        var confirm = new { basis = "payments", expectedVersion = 0 };
        (await Assess(amir, FamilySupport, confirm)).EnsureSuccessStatusCode();
        var before = await app.EventCount();

        (await (await Assess(olive, FamilySupport, confirm)).ShouldBeProblem(403)).ShouldContain("Observers");
        (await (await Assess(amir, Kirklees, confirm)).ShouldBeProblem(400)).ShouldContain("not included");
        await (await Assess(amir, "INDIGO-POJ-9999", confirm)).ShouldBeProblem(404);
        await (await amir.PostAsJsonAsync($"/api/studies/nope/outcomes/cases/{FamilySupport}/assessment", confirm)).ShouldBeProblem(404);
        (await (await Assess(amir, FamilySupport, new { basis = "payments", ratio = 12m, overrideReason = "x", revisionReason = "y",
            expectedVersion = 1 })).ShouldBeProblem(400)).ShouldContain("between 0 and 10");
        await (await Assess(amir, FamilySupport, confirm)).ShouldBeProblem(409);

        (await app.EventCount()).ShouldBe(before);
    }
}
