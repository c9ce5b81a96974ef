using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Shouldly;
using SibReview.Live;
using SibReview.Outcomes;
using SibReview.Studies;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Outcomes.OutcomesApi;

namespace SibReview.Tests.Outcomes;

public sealed class EvidenceApiTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private const string PromotingIndependence = "INDIGO-POJ-0181";
    private const string FamilySupport = "INDIGO-POJ-0173";
    private const string Kirklees = "INDIGO-POJ-0175";

    private static object Payments(decimal value, string documentId, long expectedVersion, string page = "12-14") => new
    {
        figure = "actual-outcome-payments", value, documentId, page, reason = "the final evaluation reports audited payments", expectedVersion,
    };

    [Fact]
    public async Task Coders_correct_INDIGOs_payments_from_a_document_page_and_the_suggestion_the_assessment_and_the_audit_trail_follow()
    {
        await Include(app, PromotingIndependence);
        var (lead, amir, bea) = (await app.SignedInAs("lena"), await app.SignedInAs("amir"), await app.SignedInAs("bea"));
        await using var watcher = await app.LiveAs("bea");
        var changes = Channel.CreateUnbounded<LiveChange>();
        watcher.On<LiveChange>(ReviewHub.ChangedMessage, change => changes.Writer.TryWrite(change));
        await watcher.InvokeAsync("WatchStudy", "demo");

        var before = await CaseView(amir, PromotingIndependence);
        (before.Evidence.Version, before.Achievement, before.Evidence.Suggested.Payments).ShouldBe((0L, AchievementSetting.Default, 0.8657m));
        var document = before.Documents[0];
        (await (await Correct(amir, PromotingIndependence, Payments(2_600_000m, document.Id, 0))).Read<EvidenceSaved>()).Version.ShouldBe(1);
        using (var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
            while ((await changes.Reader.ReadAsync(patience.Token)).Topic != Topics.Study("demo")) { }
        (await Correct(bea, PromotingIndependence, Payments(2_500_000m, document.Id, 1, "15"))).EnsureSuccessStatusCode();

        var evidence = (await CaseView(bea, PromotingIndependence)).Evidence;
        (evidence.Payments.ActualOutcomePayments, evidence.Suggested.Payments, evidence.Version).ShouldBe((2_500_000m, 0.9108m, 2L));
        evidence.Entries.Select(e => (e.By, e.Source.Page, e.Figures.Single().From)).ShouldBe(
            [("amir", "12-14", 2_376_250m), ("bea", "15", 2_600_000m)]);
        evidence.Entries[0].Source.DocumentTitle.ShouldBe(document.Title);

        var assessed = await (await Assess(amir, PromotingIndependence, new { expectedVersion = 0, evidenceVersion = 2 })).Read<AchievementSaved>();
        (assessed.Assessment.Ratio, assessed.Assessment.SuggestedRatio).ShouldBe((0.9108m, 0.9108m));

        var timeline = await lead.GetFromJsonAsync<JsonElement>($"/api/studies/demo/cases/{PromotingIndependence}/timeline");
        var correction = timeline.GetProperty("entries").EnumerateArray().First(e => e.GetProperty("what").GetString()!.StartsWith("corrected"));
        correction.GetProperty("what").GetString().ShouldBe($"corrected actual outcome payments 2376250 -> 2600000 ({document.Id} " +
            $"\"{document.Title}\", p. 12-14)");
        (correction.GetProperty("suggestedBefore").GetDecimal(), correction.GetProperty("suggestedAfter").GetDecimal()).ShouldBe((0.8657m, 0.9473m));
        var audit = await lead.GetFromJsonAsync<JsonElement>("/api/studies/demo/audit");
        audit.EnumerateArray().Count(r => r.GetProperty("event").GetString() == "outcome_figure_corrected" &&
            r.GetProperty("case").GetString() == PromotingIndependence).ShouldBe(2);
    }

    [Fact]
    public async Task A_coder_adds_a_metric_INDIGO_does_not_list_and_corrects_its_result()
    {
        await Include(app, Kirklees);
        var amir = await app.SignedInAs("amir");
        var document = (await CaseView(amir, Kirklees)).Documents[0].Id;

        (await AddMetric(amir, Kirklees, new
        {
            definition = "Young people in education, employment or training", target = 400m, achieved = 300m, documentId = document, page = "4",
            reason = "the evaluation's outcome table", expectedVersion = 0,
        })).EnsureSuccessStatusCode();
        (await Correct(amir, Kirklees, new
        {
            figure = "achieved", metricKey = "added-1", value = 360m, documentId = document, page = "5", reason = "the final count",
            expectedVersion = 1,
        })).EnsureSuccessStatusCode();

        var added = (await CaseView(amir, Kirklees)).Evidence.Metrics.Single(m => m.Key == "added-1");
        (added.Definition, added.TargetNumber, added.Achieved, added.Ratio).ShouldBe(("Young people in education, employment or training", 400m, 360m, 0.9m));
    }

    [Fact]
    public async Task Refused_evidence_and_a_stale_version_write_nothing()
    {
        await Include(app, FamilySupport);
        var (amir, olive, chen) = (await app.SignedInAs("amir"), await app.SignedInAs("olive"), await app.SignedInAs("chen"));
        var document = (await CaseView(amir, FamilySupport)).Documents[0].Id;
        (await Correct(amir, FamilySupport, Payments(1_000_000m, document, 0))).EnsureSuccessStatusCode();
        var before = await app.EventCount();

        (await (await Correct(olive, FamilySupport, Payments(900_000m, document, 1))).ShouldBeProblem(403)).ShouldContain("Observers");
        (await (await Correct(amir, FamilySupport, Payments(900_000m, "d999", 1))).ShouldBeProblem(400)).ShouldContain("no document 'd999'");
        (await (await Correct(amir, FamilySupport, Payments(900_000m, document, 1, "p12"))).ShouldBeProblem(400)).ShouldContain("page");
        (await (await Correct(amir, FamilySupport, Payments(-5m, document, 1))).ShouldBeProblem(400)).ShouldContain("negative");
        (await (await Correct(amir, FamilySupport, new { figure = "actual-outcome-payments", value = 900_000m, documentId = document, page = "3",
            expectedVersion = 1 })).ShouldBeProblem(400)).ShouldContain("reason");
        (await (await Correct(amir, FamilySupport, new { figure = "target", metricKey = "nope", value = 9m, documentId = document, page = "3",
            reason = "r", expectedVersion = 1 })).ShouldBeProblem(400)).ShouldContain("no outcome metric 'nope'");
        (await (await Correct(amir, PromotingIndependence, Payments(900_000m, document, 0))).ShouldBeProblem(400)).ShouldContain("not included");
        (await (await Correct(amir, FamilySupport, Payments(900_000m, document, 0))).ShouldBeProblem(409)).ShouldContain("someone changed it");
        (await (await Assess(amir, FamilySupport, new { expectedVersion = 0, evidenceVersion = 0 })).ShouldBeProblem(409))
            .ShouldContain("someone changed it");
        var elsewhere = await (await chen.PostAsJsonAsync("/api/studies", new { name = "Chen's", question = "Q?" })).Read<StudyCreatedResponse>();
        await (await amir.PostAsJsonAsync($"/api/studies/{elsewhere.Id}/outcomes/cases/{FamilySupport}/evidence/corrections",
            Payments(900_000m, document, 0))).ShouldBeProblem(404);

        (await app.EventCount()).ShouldBe(before + 1, "only chen's new study was written");
    }
}
