using Shouldly;
using SibReview.Screening;
using Xunit;
using static SibReview.Screening.ScreeningVerdict;
using static SibReview.Tests.Screening.Screenings;

namespace SibReview.Tests.Screening;

public sealed class ScreeningDecisionTests
{
    private static RecordScreeningDecision Including(long expected = 0, string? revisionReason = null) =>
        new(Include, null, null, revisionReason, expected);

    private static int? Refusal(CaseAtHand atHand, RecordScreeningDecision command, SibReview.Accounts.Actor by) =>
        RecordScreeningDecisionEndpoint.Decide(atHand, command, by, Now).Rejection?.Status;

    [Fact]
    public void An_assigned_coders_first_decision_is_recorded_with_who_when_and_why()
    {
        var decision = RecordScreeningDecisionEndpoint.Decide(AtHand(Assigned("amir", "bea")),
            new RecordScreeningDecision(Exclude, " Too-Few-Documents ", "  only two reports ", null, 0), Amir, Now);

        decision.Events.ShouldBe(
            [new ScreeningDecisionRecorded("s1", CaseId, "amir", Exclude, "too-few-documents", "only two reports", Now)]);
    }

    [Fact]
    public void A_coder_not_assigned_to_the_case_is_refused()
    {
        RecordScreeningDecisionEndpoint.Decide(AtHand(Assigned("amir", "bea")), Including(), Chen, Now).Rejection
            .ShouldBe(new SibReview.Infrastructure.Rejection(403, "You are not assigned to this case; the lead assigns cases for screening."));
        Refusal(AtHand(Assigned("amir", "bea")), Including(), Olive).ShouldBe(403);
    }

    [Fact]
    public void A_case_missing_from_the_catalogue_is_not_found()
    {
        Refusal(AtHand() with { InCatalogue = false }, Including(), Amir).ShouldBe(404);
    }

    [Theory]
    [InlineData(Exclude, null, null, "An exclusion needs a reason")]
    [InlineData(Exclude, "too-expensive", null, "There is no reason 'too-expensive'")]
    [InlineData(Unsure, "other", "  ", "needs a note")]
    public void Reasons_come_from_the_studys_criteria_and_other_needs_a_note(
        ScreeningVerdict verdict, string? reason, string? note, string problem)
    {
        var decision = RecordScreeningDecisionEndpoint.Decide(AtHand(Assigned("amir", "bea")), new(verdict, reason, note, null, 0), Amir, Now);
        decision.Rejection!.Status.ShouldBe(400);
        decision.Rejection.Detail.ShouldContain(problem);
    }

    [Fact]
    public void A_decision_without_a_verdict_or_with_a_note_over_2000_characters_is_refused()
    {
        var atHand = AtHand(Assigned("amir", "bea"));
        RecordScreeningDecisionEndpoint.Decide(atHand, new(null, null, null, null, 0), Amir, Now)
            .Rejection!.Detail.ShouldContain("Choose a verdict");
        RecordScreeningDecisionEndpoint.Decide(atHand, new(Include, null, new string('x', 2001), null, 0), Amir, Now)
            .Rejection!.Detail.ShouldContain("at most 2000 characters");
    }

    [Fact]
    public void A_revision_is_a_new_event_naming_the_previous_verdict_and_why()
    {
        var atHand = AtHand(Assigned("amir", "bea"), Decided("amir", Unsure));

        RecordScreeningDecisionEndpoint.Decide(atHand, Including(1), Amir, Now).Rejection!.Detail.ShouldContain("Say why");
        RecordScreeningDecisionEndpoint.Decide(atHand, Including(1, " found the evaluation "), Amir, Now).Events.ShouldBe(
            [new ScreeningDecisionRevised("s1", CaseId, "amir", Unsure, Include, null, null, "found the evaluation", Now)]);
    }

    [Fact]
    public void A_revision_that_changes_nothing_is_refused()
    {
        var atHand = AtHand(Assigned("amir", "bea"), Decided("amir", Include));
        RecordScreeningDecisionEndpoint.Decide(atHand, Including(1, "again"), Amir, Now).Rejection!.Detail.ShouldContain("nothing to revise");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void A_decision_made_on_a_version_that_is_not_the_coders_latest_is_stale(long expected)
    {
        var atHand = AtHand(Assigned("amir", "bea"), Decided("amir", Include));
        Refusal(atHand, new(Exclude, "not-uk", null, "r", expected), Amir).ShouldBe(409);
    }

    [Fact]
    public void Only_the_lead_records_a_consensus_and_only_on_a_conflict()
    {
        var agreed = AtHand(Assigned("amir", "bea"), Decided("amir", Include), Decided("bea", Include));
        var conflict = AtHand(Assigned("amir", "bea"), Decided("amir", Include), Decided("bea", Unsure));
        var include = new RecordScreeningConsensus(Include, null, "settled in the meeting", 0);

        RecordScreeningConsensusEndpoint.Decide(conflict, include, Amir, Now).Rejection!.Status.ShouldBe(403);
        RecordScreeningConsensusEndpoint.Decide(agreed, include, Lena, Now).Rejection!.Detail.ShouldContain("agreed-include");
        RecordScreeningConsensusEndpoint.Decide(conflict, include, Lena, Now).Events.ShouldBe(
            [new ScreeningConsensusRecorded("s1", CaseId, Include, null, "settled in the meeting", "lena", Now)]);
    }

    [Fact]
    public void A_consensus_includes_or_excludes_with_a_reason_and_is_stale_if_another_came_first()
    {
        var conflict = AtHand(Assigned("amir", "bea"), Decided("amir", Include), Decided("bea", Exclude, "not-uk"));
        int? Refused(RecordScreeningConsensus command) =>
            RecordScreeningConsensusEndpoint.Decide(conflict, command, Lena, Now).Rejection?.Status;

        Refused(new(Unsure, null, null, 0)).ShouldBe(400);
        Refused(new(Exclude, null, null, 0)).ShouldBe(400);
        Refused(new(Exclude, "not-uk", null, 1)).ShouldBe(409);
        Refused(new(Exclude, "not-uk", null, 0)).ShouldBeNull();
    }
}
