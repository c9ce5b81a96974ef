using Shouldly;
using SibReview.Outcomes;
using SibReview.Screening;
using SibReview.Studies;
using Xunit;
using static SibReview.Tests.Outcomes.Assessments;
using static SibReview.Tests.Screening.Screenings;

namespace SibReview.Tests.Outcomes;

public sealed class AssessmentDecisionTests
{
    [Fact]
    public void A_coder_confirming_the_suggestion_records_INDIGOs_payment_ratio_as_their_own()
    {
        var decision = AssessAchievementEndpoint.Decide(Held(), Confirm(), Amir, Now);

        var assessed = decision.Events.ShouldHaveSingleItem().ShouldBeOfType<AchievementAssessed>();
        (assessed.Coder, assessed.Ratio, assessed.SuggestedRatio, assessed.OverrideReason).ShouldBe(("amir", 0.8657m, 0.8657m, null));
    }

    [Fact]
    public void Overriding_the_suggested_ratio_needs_a_reason()
    {
        var bare = AssessAchievementEndpoint.Decide(Held(), Confirm() with { Ratio = 0.95m }, Amir, Now);
        bare.Rejection!.Detail.ShouldContain("override reason");

        var reasoned = AssessAchievementEndpoint.Decide(Held(),
            Confirm() with { Ratio = 0.95m, OverrideReason = "the 2023 evaluation reports later payments" }, Amir, Now);
        reasoned.Events.ShouldHaveSingleItem().ShouldBeOfType<AchievementAssessed>().OverrideReason.ShouldNotBeNull();
    }

    [Fact]
    public void Insufficient_outcome_data_needs_a_reason_and_no_ratio()
    {
        AssessAchievementEndpoint.Decide(Held(), Confirm() with { InsufficientData = true }, Amir, Now).Rejection!.Status.ShouldBe(400);
        AssessAchievementEndpoint.Decide(Held(), Confirm() with { InsufficientData = true, Ratio = 1m, Reason = "x" }, Amir, Now)
            .Rejection!.Status.ShouldBe(400);
        var marked = AssessAchievementEndpoint.Decide(Held(),
            Confirm() with { InsufficientData = true, Reason = "only interim results" }, Amir, Now);
        marked.Events.ShouldHaveSingleItem().ShouldBeOfType<AchievementAssessed>().Ratio.ShouldBeNull();
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(10.5)]
    public void A_ratio_outside_zero_to_ten_is_refused(double ratio) =>
        AssessAchievementEndpoint.Decide(Held(), Confirm() with { Ratio = (decimal)ratio, OverrideReason = "r" }, Amir, Now)
            .Rejection!.Detail.ShouldContain("between 0 and 10");

    [Fact]
    public void An_unknown_basis_or_rule_or_a_long_note_is_refused()
    {
        AssessAchievementEndpoint.Decide(Held(), Confirm() with { Basis = "vibes" }, Amir, Now).Rejection!.Status.ShouldBe(400);
        AssessAchievementEndpoint.Decide(Held(), Confirm() with { Basis = "metrics", Rule = "median" }, Amir, Now).Rejection!.Status.ShouldBe(400);
        AssessAchievementEndpoint.Decide(Held(), Confirm() with { Note = new string('x', 2001) }, Amir, Now).Rejection!.Status.ShouldBe(400);
    }

    [Fact]
    public void The_studys_basis_gives_the_suggestion_and_is_recorded_with_the_assessment_and_a_basis_seen_before_a_change_is_a_conflict()
    {
        var onMetrics = Held() with
        {
            Study = SibReview.Studies.Study.Apply(new AchievementBasisChanged("s1", AchievementSetting.Default, new(AchievementBasis.Metrics, MetricRule.Mean),
                "protocol v2", "lena", Now), Held().Study),
        };

        var assessed = AssessAchievementEndpoint.Decide(onMetrics, Confirm() with { Basis = null }, Amir, Now).Events.ShouldHaveSingleItem()
            .ShouldBeOfType<AchievementAssessed>();
        (assessed.Basis, assessed.Rule).ShouldBe((AchievementBasis.Metrics, MetricRule.Mean));
        assessed.SuggestedRatio.ShouldBe(Achievement.Combine(onMetrics.Figures.Metrics, MetricRule.Mean));
        AssessAchievementEndpoint.Decide(onMetrics, Confirm(), Amir, Now).Rejection!.Detail.ShouldContain("the lead changed it");
    }

    [Fact]
    public void Observers_may_not_assess_and_cases_not_included_cannot_be()
    {
        AssessAchievementEndpoint.Decide(Held(), Confirm(), Olive, Now).Rejection!.Status.ShouldBe(403);
        AssessAchievementEndpoint.Decide(Held(ScreeningVerdict.Exclude), Confirm(), Amir, Now).Rejection!.Detail
            .ShouldContain("not included");
    }

    [Fact]
    public void A_stale_version_is_a_conflict_and_a_reassessment_needs_its_reason()
    {
        var atHand = Held(Assessed("amir", 0.8657m));
        AssessAchievementEndpoint.Decide(atHand, Confirm(), Amir, Now).Rejection!.Status.ShouldBe(409);
        AssessAchievementEndpoint.Decide(atHand, Confirm(1) with { Ratio = 0.9m, OverrideReason = "r" }, Amir, Now).Rejection!.Detail
            .ShouldContain("why you reassess");
        AssessAchievementEndpoint.Decide(atHand, Confirm(1, "again"), Amir, Now).Rejection!.Detail.ShouldContain("already");

        var revised = AssessAchievementEndpoint.Decide(atHand, Confirm(1, "found the final report") with { Ratio = 0.9m, OverrideReason = "r" },
            Amir, Now);
        revised.Events.ShouldHaveSingleItem().ShouldBeOfType<AchievementReassessed>().RevisionReason.ShouldBe("found the final report");
    }

    [Fact]
    public void The_lead_settles_only_a_conflict_and_with_a_reason()
    {
        var agreed = Held(Assessed("amir", 0.8657m), Assessed("bea", 0.86m));
        var consensus = new RecordOutcomeConsensus("payments", 0.9m, null, "final report", 0);
        RecordOutcomeConsensusEndpoint.Decide(agreed, consensus, Lena, Now).Rejection!.Detail.ShouldContain("do not disagree");

        var conflict = Held(Assessed("amir", 0.8657m), Assessed("bea", 0.95m));
        RecordOutcomeConsensusEndpoint.Decide(conflict, consensus, Amir, Now).Rejection!.Status.ShouldBe(403);
        RecordOutcomeConsensusEndpoint.Decide(conflict, consensus with { Reason = " " }, Lena, Now).Rejection!.Status.ShouldBe(400);
        RecordOutcomeConsensusEndpoint.Decide(conflict, consensus, Lena, Now).Events.ShouldHaveSingleItem()
            .ShouldBeOfType<OutcomeConsensusRecorded>().Ratio.ShouldBe(0.9m);
    }
}
