using Shouldly;
using SibReview.Screening;
using SibReview.Studies;
using Xunit;
using static SibReview.Screening.ScreeningVerdict;
using static SibReview.Tests.Screening.Screenings;

namespace SibReview.Tests.Screening;

public sealed class ScreeningStatusTests
{
    [Fact]
    public void A_case_nobody_screens_is_unassigned_and_one_with_a_decision_missing_awaits_decisions()
    {
        Status().Status.ShouldBe(InclusionStatus.Unassigned);
        Status(Assigned("amir", "bea"), Decided("amir", Include)).Status.ShouldBe(InclusionStatus.AwaitingDecisions);
    }

    [Fact]
    public void Coders_who_all_include_agree_to_include_and_the_case_is_included()
    {
        var status = Status(Assigned("amir", "bea"), Decided("amir", Include), Decided("bea", Include));
        status.Status.ShouldBe(InclusionStatus.AgreedInclude);
        status.Included.ShouldBeTrue();
        status.ExclusionReason.ShouldBeNull();
    }

    [Fact]
    public void Coders_who_exclude_for_different_reasons_agree_and_the_case_counts_under_the_first_criterion_it_fails()
    {
        var status = Status(Assigned("amir", "bea"), Decided("amir", Exclude, ScreeningReasons.InsufficientOutcomeData),
            Decided("bea", Exclude, ScreeningReasons.TooFewDocuments));
        status.Status.ShouldBe(InclusionStatus.AgreedExclude);
        status.ExclusionReason.ShouldBe(ScreeningReasons.TooFewDocuments);
        status.Included.ShouldBeFalse();
    }

    [Theory]
    [InlineData(Include, Exclude)]
    [InlineData(Unsure, Unsure)]
    [InlineData(Include, Unsure)]
    public void Any_difference_or_any_unsure_is_a_conflict(ScreeningVerdict amir, ScreeningVerdict bea)
    {
        Status(Assigned("amir", "bea"), Decided("amir", amir, "other"), Decided("bea", bea, "other")).Status.ShouldBe(InclusionStatus.Conflict);
    }

    [Fact]
    public void The_leads_consensus_settles_a_conflict_without_touching_the_coders_decisions()
    {
        var conflict = Status(Assigned("amir", "bea"), Decided("amir", Include), Decided("bea", Exclude, "not-uk"));
        var settled = ScreeningStatus.Fold(conflict,
            new ScreeningConsensusRecorded("s1", CaseId, Exclude, "outside-window", "n", "lena", Now));

        settled.Status.ShouldBe(InclusionStatus.ConsensusExclude);
        settled.ExclusionReason.ShouldBe("outside-window");
        settled.ByDecisions.ShouldBe(InclusionStatus.Conflict);
        settled.Decisions.ShouldBe(conflict.Decisions);
        settled.Consensus!.Version.ShouldBe(1);

        var revised = ScreeningStatus.Fold(settled, new ScreeningConsensusRecorded("s1", CaseId, Include, null, null, "lena", Now));
        revised.Status.ShouldBe(InclusionStatus.ConsensusInclude);
        revised.Included.ShouldBeTrue();
        revised.Consensus!.Version.ShouldBe(2);
    }

    [Fact]
    public void A_revision_replaces_the_coders_latest_decision_and_counts_as_a_version()
    {
        var status = Status(Assigned("amir", "bea"), Decided("amir", Unsure), Decided("bea", Include),
            new ScreeningDecisionRevised("s1", CaseId, "amir", Unsure, Include, null, "read the evaluation", "clearer now", Now));

        status.Status.ShouldBe(InclusionStatus.AgreedInclude);
        status.DecisionOf("amir").ShouldBe(new CoderDecision("amir", Include, null, "read the evaluation", Now, 2));
        status.Decisions.Select(d => d.Coder).ShouldBe(["amir", "bea"]);
    }

    [Fact]
    public void Assigning_a_coder_twice_keeps_them_once()
    {
        Status(Assigned("amir", "bea"), Assigned("bea", "chen")).Coders.ShouldBe(["amir", "bea", "chen"]);
    }

    [Fact]
    public void A_coder_sees_the_others_decisions_only_after_deciding_and_never_on_a_case_they_do_not_screen()
    {
        var status = Status(Assigned("amir", "bea"), Decided("amir", Include));

        status.Reveals("amir", StudyRole.Coder).ShouldBeTrue();
        status.Reveals("bea", StudyRole.Coder).ShouldBeFalse();
        status.Reveals("chen", StudyRole.Coder).ShouldBeFalse();
        status.Reveals("lena", StudyRole.Lead).ShouldBeTrue();
        status.Reveals("olive", StudyRole.Observer).ShouldBeTrue();
    }

    [Fact]
    public void A_lead_who_screens_a_case_is_as_blind_as_any_coder_until_deciding()
    {
        var status = Status(Assigned("amir", "lena"), Decided("amir", Include));
        status.Reveals("lena", StudyRole.Lead).ShouldBeFalse();
        ScreeningStatus.Fold(status, Decided("lena", Exclude, "not-uk")).Reveals("lena", StudyRole.Lead).ShouldBeTrue();
    }
}
