using Shouldly;
using SibReview.Cases.Catalogue;
using SibReview.Screening;
using SibReview.Studies;
using Xunit;
using static SibReview.Screening.ScreeningVerdict;
using static SibReview.Tests.Screening.Screenings;

namespace SibReview.Tests.Screening;

public sealed class ScreeningFlowTests
{
    private static CaseSummary Candidate(string id) =>
        new(id, $"SIB {id}", ["GB"], "Complete", "Health", "2016", 2016, [], "GBP", null, null, 0);

    private static ScreeningStatus Screened(string caseId, params object[] events) =>
        events.Aggregate(ScreeningStatus.Unscreened("s1", caseId), ScreeningStatus.Fold);

    private static CasesAssignedForScreening Pair(string caseId) => new("s1", [new(caseId, "amir"), new(caseId, "bea")], "lena", Now);

    private static ScreeningDecisionRecorded By(string coder, string caseId, ScreeningVerdict verdict, string? reason = null) =>
        new("s1", caseId, coder, verdict, reason, null, Now);

    private static readonly IReadOnlyList<CaseSummary> Candidates = [.. new[] { "c1", "c2", "c3", "c4", "c5", "c6", "c7" }.Select(Candidate)];

    private static readonly IReadOnlyList<ScreeningStatus> Statuses =
    [
        Screened("c1", Pair("c1"), By("amir", "c1", Include), By("bea", "c1", Include)),
        Screened("c2", Pair("c2"), By("amir", "c2", Exclude, "too-few-documents"), By("bea", "c2", Exclude, "not-uk")),
        Screened("c3", Pair("c3"), By("amir", "c3", Include), By("bea", "c3", Unsure)),
        Screened("c4", Pair("c4"), By("amir", "c4", Include), By("bea", "c4", Exclude, "other"),
            new ScreeningConsensusRecorded("s1", "c4", Exclude, "insufficient-outcome-data", null, "lena", Now)),
        Screened("c5", Pair("c5"), By("amir", "c5", Include)),
        Screened("c6", Pair("c6")),
    ];

    [Fact]
    public void The_flow_counts_each_candidate_once_from_identified_to_assessed()
    {
        var flow = ScreeningFlow.Of(new ScreeningViewer(Study(), "lena", StudyRole.Lead), Candidates, Statuses);

        (flow.Identified, flow.Unassigned, flow.AwaitingDecisions, flow.Screened).ShouldBe((7, 1, 2, 4));
        (flow.Conflicts, flow.Included, flow.Assessed).ShouldBe((1, 1, 1));
        flow.Excluded.Select(e => (e.Reason, e.Count)).ShouldBe(
            [("not-uk", 1), ("outside-window", 0), ("too-few-documents", 0), ("insufficient-outcome-data", 1), ("other", 0)]);
        (flow.Unassigned + flow.AwaitingDecisions + flow.Screened).ShouldBe(flow.Identified);
        (flow.Conflicts + flow.Excluded.Sum(e => e.Count) + flow.Included).ShouldBe(flow.Screened);
        flow.Coders.ShouldBe([new("amir", 6, 5), new("bea", 6, 4), new("chen", 0, 0)]);
        flow.Cases.ShouldAllBe(c => !c.Hidden);
    }

    [Fact]
    public void A_coder_sees_the_same_counts_but_only_their_own_progress_and_no_status_of_a_case_they_have_not_decided()
    {
        var flow = ScreeningFlow.Of(new ScreeningViewer(Study(), "bea", StudyRole.Coder), Candidates, Statuses);

        flow.Screened.ShouldBe(4);
        flow.Coders.ShouldBe([new("bea", 6, 4)]);
        var c5 = flow.Cases.Single(c => c.CaseId == "c5");
        (c5.Hidden, c5.Status).ShouldBe((true, null));
        flow.Cases.Single(c => c.CaseId == "c7").Status.ShouldBe(InclusionStatus.Unassigned);
        flow.Cases.Single(c => c.CaseId == "c2").ExclusionReason.ShouldBe("not-uk");
    }
}
