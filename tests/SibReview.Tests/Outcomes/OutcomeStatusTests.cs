using Shouldly;
using SibReview.Outcomes;
using SibReview.Studies;
using Xunit;
using static SibReview.Tests.Outcomes.Assessments;
using static SibReview.Tests.Screening.Screenings;

namespace SibReview.Tests.Outcomes;

public sealed class OutcomeStatusTests
{
    [Fact]
    public void Coders_who_agree_at_one_tolerance_can_conflict_at_another()
    {
        var status = Folded(Assessed("amir", 0.8657m), Assessed("bea", 0.95m));

        status.ClassificationUnder(0.15m).ShouldBe(Classification.Successful);
        status.ClassificationUnder(0.10m).ShouldBe(Classification.Conflict);
    }

    [Fact]
    public void The_consensus_gives_the_case_its_ratio_and_the_tolerance_its_classification()
    {
        var status = Folded(Assessed("amir", 0.8657m), Assessed("bea", 0.95m),
            new OutcomeConsensusRecorded("s1", Sib, "payments", 0.88m, false, "final report", "lena", Now));

        status.Ratio.ShouldBe(0.88m);
        status.ClassificationUnder(0.10m).ShouldBe(Classification.Struggling);
        status.ClassificationUnder(0.15m).ShouldBe(Classification.Successful);
    }

    [Fact]
    public void A_reassessment_replaces_the_coders_latest_and_counts_in_their_history()
    {
        var status = Folded(Assessed("amir", 0.8657m),
            new AchievementReassessed("s1", Sib, "amir", "payments", null, null, 0.8657m, null, true, "interim only", null, "re-read", Now));

        var amir = status.AssessmentOf("amir").ShouldNotBeNull();
        (amir.Version, amir.InsufficientData).ShouldBe((2L, true));
        status.ClassificationUnder(0.10m).ShouldBe(Classification.InsufficientData);
    }

    [Fact]
    public void A_coder_sees_the_others_assessments_only_after_their_own()
    {
        var status = Folded(Assessed("amir", 0.8657m));

        status.Reveals("bea", StudyRole.Coder).ShouldBeFalse();
        status.Reveals("amir", StudyRole.Coder).ShouldBeTrue();
        status.Reveals("lena", StudyRole.Lead).ShouldBeTrue();
        status.Reveals("olive", StudyRole.Observer).ShouldBeTrue();
    }
}
