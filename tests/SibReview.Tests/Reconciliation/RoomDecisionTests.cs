using Shouldly;
using SibReview.Infrastructure;
using SibReview.Reconciliation;
using SibReview.Screening;
using SibReview.Tests.Coding.Judgements;
using Xunit;
using static SibReview.Tests.Screening.Screenings;

namespace SibReview.Tests.Reconciliation;

public sealed class RoomDecisionTests
{
    private static readonly ScreeningDisagreements Screening = new();
    private static readonly DisagreementItem Item = new("INDIGO-POJ-0120/screening", "screening", CaseId, "A SIB", ["amir", "bea"], [], [],
        "matters", 3, null);

    private static RoomAtHand Room(params object[] events) =>
        new(new ScreeningViewer(Study(), "any", SibReview.Studies.StudyRole.Lead), Screening, Item,
            events.Aggregate(RoomState.Empty("room"), RoomState.Fold));

    private static ResolutionProposed Proposed(string by, string choice = "include", string? reason = null, long atVersion = 1) =>
        new("s1", Item.Id, CaseId, $"p{atVersion}", new ProposedResolution(choice, null, reason), "four documents", by, Now);

    private static ProposeResolution Proposal(string choice, string? reason, long expected) => new(choice, null, reason, "because", expected);

    [Fact]
    public void A_proposal_endorsed_by_every_other_involved_coder_is_agreed()
    {
        var decision = EndorseProposalEndpoint.Decide(Room(Proposed("amir")), "p1", Bea, Now);
        decision.Events.Select(e => e.GetType()).ShouldBe([typeof(ProposalEndorsed), typeof(ResolutionAgreed)]);
        ((ResolutionAgreed)decision.Events[1]).Rule.ShouldBe(RoomRules.AllCodersEndorsed);
    }

    [Fact]
    public void A_proposal_is_not_agreed_while_an_involved_coder_objects_but_the_lead_may_decide_it()
    {
        var objected = ObjectToProposalEndpoint.Decide(Room(Proposed("amir")), "p1", new ObjectToProposal("only three are distinct"), Bea, Now);
        objected.Events.ShouldHaveSingleItem().ShouldBeOfType<ProposalObjected>();

        var decided = EndorseProposalEndpoint.Decide(Room(Proposed("amir"), objected.Events[0]), "p1", Lena, Now);
        ((ResolutionAgreed)decided.Events[^1]).Rule.ShouldBe(RoomRules.LeadDecided);
    }

    [Fact]
    public void A_coder_who_objected_and_then_endorses_completes_the_agreement()
    {
        var objected = new ProposalObjected("s1", Item.Id, CaseId, "p1", "not yet", "bea", Now);
        EndorseProposalEndpoint.Decide(Room(Proposed("amir"), objected), "p1", Bea, Now).Events[^1].ShouldBeOfType<ResolutionAgreed>();
    }

    [Fact]
    public void The_leads_own_proposal_waits_for_the_coders_or_the_leads_explicit_decision()
    {
        var proposed = ProposeResolutionEndpoint.Decide(Room(), Proposal("include", null, 0), Lena, Now);
        proposed.Events.ShouldHaveSingleItem().ShouldBeOfType<ResolutionProposed>();
        EndorseProposalEndpoint.Decide(Room(proposed.Events[0]), "p1", Lena, Now).Events[^1].ShouldBeOfType<ResolutionAgreed>();
    }

    [Fact]
    public void Endorsing_a_superseded_proposal_is_a_conflict_naming_the_open_one()
    {
        var decision = EndorseProposalEndpoint.Decide(Room(Proposed("amir"), Proposed("bea", "exclude", "too-few-documents", 2)), "p1", Chen, Now);
        decision.Rejection!.Status.ShouldBe(409);
        decision.Rejection.Detail.ShouldContain("superseded by bea's exclude (too-few-documents) (p2)");
    }

    [Fact]
    public void A_proposal_made_without_seeing_the_latest_one_is_a_conflict()
    {
        var decision = ProposeResolutionEndpoint.Decide(Room(Proposed("amir")), Proposal("exclude", "too-few-documents", 0), Bea, Now);
        decision.Rejection!.Status.ShouldBe(409);
        decision.Rejection.Detail.ShouldContain("amir proposed include meanwhile");
        ProposeResolutionEndpoint.Decide(Room(Proposed("amir")), Proposal("exclude", "too-few-documents", 1), Bea, Now).Accepted.ShouldBeTrue();
    }

    [Fact]
    public void Comments_after_a_proposal_do_not_make_a_later_proposal_stale()
    {
        var comment = new RoomCommentPosted("s1", Item.Id, CaseId, "amir", "hello", Now);
        ProposeResolutionEndpoint.Decide(Room(Proposed("amir"), comment), Proposal("exclude", "too-few-documents", 1), Bea, Now)
            .Accepted.ShouldBeTrue();
    }

    [Theory]
    [InlineData("exclude", null, "An exclusion needs a reason")]
    [InlineData("include", "too-few-documents", "An inclusion takes no exclusion reason")]
    [InlineData("maybe", null, "includes or excludes the case; got 'maybe'")]
    public void A_screening_proposal_must_be_an_inclusion_or_an_exclusion_for_a_criterion(string choice, string? reason, string problem) =>
        ProposeResolutionEndpoint.Decide(Room(), Proposal(choice, reason, 0), Amir, Now).Rejection!.Detail.ShouldContain(problem);

    [Fact]
    public void An_outcome_proposal_of_a_ratio_must_give_one() =>
        new OutcomeDisagreements().ProposalProblem(Item, new ProposedResolution("ratio", null, null))!.ShouldContain("gives the ratio");

    [Fact]
    public void Only_a_passages_proposal_names_a_span() =>
        ProposeResolutionEndpoint.Decide(Room(), new ProposeResolution("include", null, null, "because", 0, 3, 9), Amir, Now)
            .Rejection!.Detail.ShouldContain("A screening proposal names no span");

    [Fact]
    public void Observers_read_the_room_but_do_not_act_in_it()
    {
        var decision = PostCommentEndpoint.Decide(Room(), new PostComment("I agree"), Olive, Now);
        decision.Rejection!.Status.ShouldBe(403);
    }

    [Fact]
    public void Nothing_is_proposed_or_endorsed_once_the_room_has_agreed()
    {
        var agreed = new ResolutionAgreed("s1", Item.Id, CaseId, "p1", new ProposedResolution("include", null, null),
            RoomRules.AllCodersEndorsed, "bea", Now);
        ProposeResolutionEndpoint.Decide(Room(Proposed("amir"), agreed), Proposal("exclude", "other", 2), Bea, Now).Rejection!.Status
            .ShouldBe(409);
    }

    [Fact]
    public void An_agreed_screening_proposal_becomes_the_consensus_naming_the_room()
    {
        var agreed = new ResolutionAgreed("s1", Item.Id, CaseId, "p1", new ProposedResolution("exclude", null, "too-few-documents"),
            RoomRules.AllCodersEndorsed, "bea", Now);
        var (stream, consensus) = Screening.Consensus(Study(), Judgements.Seeded, Item, agreed, "two reports are one",
            "reconciliation/s1/x/screening");
        stream.ShouldBe(ScreeningStreams.Consensus("s1", CaseId));
        consensus.ShouldBe(new ScreeningConsensusRecorded("s1", CaseId, ScreeningVerdict.Exclude, "too-few-documents",
            "Agreed in reconciliation (every involved coder endorsed it): two reports are one", "bea", Now, "reconciliation/s1/x/screening"));
    }
}
