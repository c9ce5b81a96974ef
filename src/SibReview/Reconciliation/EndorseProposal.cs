using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Reconciliation;

public sealed record EndorseProposal;

public static class EndorseProposalEndpoint
{
    /// <summary>The endorsement that completes the study's rule also records the agreement (and so the consensus).</summary>
    public static Decision Decide(RoomAtHand atHand, string proposalId, Actor actor, DateTimeOffset now)
    {
        if (TakeStance.Refused(atHand, proposalId, actor) is { } refused) return refused;
        if (atHand.State.Current!.StanceOf(actor.UserName) is { Endorses: true, AsProposer: var own } && (own is false
                || atHand.Study.RoleOf(actor.UserName) != Studies.StudyRole.Lead))
            return Decision.Invalid($"You already endorse proposal {proposalId}.");
        return atHand.Settle(actor, now,
            new ProposalEndorsed(atHand.Study.Id, atHand.Item.Id, atHand.Item.CaseId, proposalId, actor.UserName, now));
    }

    [WolverinePost("/api/studies/{id}/reconciliation/{caseId}/{key}/proposals/{proposalId}/endorsement", OperationId = "endorseProposal")]
    public static Task<IResult> Post(string id, string caseId, string key, string proposalId, ClaimsPrincipal user,
        IDocumentSession session, RoomWriter writer, TimeProvider clock, CancellationToken ct) =>
        writer.Record(session, id, caseId, key, user, (atHand, actor) => Decide(atHand, proposalId, actor, clock.GetUtcNow()),
            new EndorseProposal(), ct);
}
