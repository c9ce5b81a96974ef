using Shouldly;
using SibReview.Outcomes;
using SibReview.Screening;
using SibReview.Studies;
using Xunit;
using static SibReview.Tests.Outcomes.Assessments;
using static SibReview.Tests.Screening.Screenings;

namespace SibReview.Tests.Outcomes;

public sealed class EvidenceDecisionTests
{
    private static readonly string Document = Register().Documents[0].Id;

    private static CorrectOutcomeEvidence Correct(string figure, decimal? value, long expectedVersion = 0, string? metric = null) =>
        new(figure, metric, value, Document, "12-14", "the final evaluation reports audited payments", expectedVersion);

    private static OutcomeFigureCorrected Corrected(CorrectOutcomeEvidence command, OutcomeCase? atHand = null) =>
        CorrectOutcomeEvidenceEndpoint.Decide(atHand ?? Held(), Register(), command, Amir, Now).Events.ShouldHaveSingleItem()
            .ShouldBeOfType<OutcomeFigureCorrected>();

    [Fact]
    public void A_coder_corrects_INDIGOs_actual_payments_from_a_document_and_page_and_the_suggested_ratio_follows()
    {
        var corrected = Corrected(Correct(EvidenceFigure.ActualOutcomePayments, 2_600_000m));

        (corrected.From, corrected.To, corrected.CorrectedBy, corrected.MetricKey).ShouldBe((2_376_250m, 2_600_000m, "amir", null));
        corrected.Source.ShouldBe(new EvidenceCitation(Document, Register().Documents[0].Title, "12-14"));
        var atHand = WithEvidence(corrected);
        Achievement.Suggest(atHand.Figures, AchievementSetting.Default).ShouldBe(Achievement.Round(2_600_000m / 2_744_750m));
        OutcomeEvidence.Of(atHand.Indigo!, atHand.Evidence).Entries.ShouldHaveSingleItem().Figures
            .ShouldBe([new FigureChange(EvidenceFigure.ActualOutcomePayments, 2_376_250m, 2_600_000m)]);
    }

    [Fact]
    public void A_correction_of_a_correction_starts_from_it_the_latest_wins_and_both_stay_in_the_history()
    {
        var first = Corrected(Correct(EvidenceFigure.ActualOutcomePayments, 2_600_000m));
        var second = Corrected(Correct(EvidenceFigure.ActualOutcomePayments, 2_500_000m, 1), WithEvidence(first));

        second.From.ShouldBe(2_600_000m);
        var evidence = OutcomeEvidence.Of(Held().Indigo!, WithEvidence(first, second).Evidence);
        (evidence.Payments.ActualOutcomePayments, evidence.Version).ShouldBe((2_500_000m, 2L));
        evidence.Entries.Select(e => e.Version).ShouldBe([1L, 2L]);
    }

    [Fact]
    public void An_added_metric_counts_in_the_metrics_suggestion_and_can_be_corrected_by_its_key()
    {
        var added = AddOutcomeMetricEndpoint.Decide(Held(), Register(), new AddOutcomeMetric("People housed for 12 months", 200m, 150m, null,
            Document, "7", "the evaluation's outcome table", 0), Amir, Now).Events.ShouldHaveSingleItem().ShouldBeOfType<OutcomeMetricAdded>();
        added.MetricKey.ShouldBe("added-1");

        var withMetric = WithEvidence(added);
        withMetric.Figures.Metric("added-1")!.Ratio.ShouldBe(0.75m);
        var raised = Corrected(Correct(EvidenceFigure.Achieved, 180m, 1, "added-1"), withMetric);
        WithEvidence(added, raised).Figures.Metric("added-1")!.Ratio.ShouldBe(0.9m);
    }

    [Theory]
    [InlineData("12", "12")]
    [InlineData(" 12 - 14 ", "12-14")]
    [InlineData("12–14", "12-14")]
    [InlineData("7-7", "7")]
    [InlineData("0", null)]
    [InlineData("14-12", null)]
    [InlineData("p. 12", null)]
    [InlineData("", null)]
    public void A_page_is_a_positive_number_or_a_range(string page, string? read) => EvidenceRules.PageOf(page).ShouldBe(read);

    [Fact]
    public void Bad_evidence_is_refused_with_a_reason_a_coder_can_act_on()
    {
        string Refused(CorrectOutcomeEvidence command) =>
            CorrectOutcomeEvidenceEndpoint.Decide(Held(), Register(), command, Amir, Now).Rejection.ShouldNotBeNull().Detail;

        var good = Correct(EvidenceFigure.ActualOutcomePayments, 2_600_000m);
        Refused(good with { DocumentId = "d99" }).ShouldContain("no document 'd99'");
        Refused(good with { DocumentId = null }).ShouldContain("Name the document");
        Refused(good with { Page = "twelve" }).ShouldContain("page");
        Refused(good with { Reason = "  " }).ShouldContain("reason");
        Refused(good with { Value = -1m }).ShouldContain("cannot be negative");
        Refused(good with { Value = null }).ShouldContain("Give the actual outcome payments");
        Refused(good with { Figure = EvidenceFigure.MaxOutcomePayment, Value = 0m }).ShouldContain("more than 0");
        Refused(good with { Figure = EvidenceFigure.Target, MetricKey = "outcomemetric99" }).ShouldContain("no outcome metric 'outcomemetric99'");
        Refused(good with { Figure = "vibes" }).ShouldContain("Name the figure");
        Refused(good with { Value = 2_376_250m }).ShouldContain("already");
    }

    [Fact]
    public void Observers_may_not_add_evidence_cases_not_included_cannot_take_it_and_a_stale_version_is_a_conflict()
    {
        var good = Correct(EvidenceFigure.ActualOutcomePayments, 2_600_000m);
        CorrectOutcomeEvidenceEndpoint.Decide(Held(), Register(), good, Olive, Now).Rejection!.Status.ShouldBe(403);
        CorrectOutcomeEvidenceEndpoint.Decide(Held(ScreeningVerdict.Exclude), Register(), good, Amir, Now).Rejection!.Detail.ShouldContain("not included");
        CorrectOutcomeEvidenceEndpoint.Decide(WithEvidence(Corrected(good)), Register(), good with { Value = 2_500_000m }, Bea, Now)
            .Rejection!.Status.ShouldBe(409);
        AddOutcomeMetricEndpoint.Decide(Held(), Register(), new AddOutcomeMetric("m", null, null, null, Document, "1", "r", 0), Amir, Now)
            .Rejection!.Detail.ShouldContain("at least one figure");
    }

    [Fact]
    public void An_assessment_confirms_the_suggestion_from_the_corrected_evidence_and_is_refused_when_the_evidence_moved_since()
    {
        var atHand = WithEvidence(Corrected(Correct(EvidenceFigure.ActualOutcomePayments, 2_600_000m)));

        AssessAchievementEndpoint.Decide(atHand, Confirm(), Amir, Now).Rejection!.Status.ShouldBe(409);
        var assessed = AssessAchievementEndpoint.Decide(atHand, Confirm() with { EvidenceVersion = 1 }, Amir, Now).Events
            .ShouldHaveSingleItem().ShouldBeOfType<AchievementAssessed>();
        assessed.Ratio.ShouldBe(0.9473m);
        assessed.SuggestedRatio.ShouldBe(0.9473m);
    }
}
