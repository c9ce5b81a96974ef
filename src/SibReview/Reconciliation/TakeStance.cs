using SibReview.Accounts;
using SibReview.Infrastructure;

namespace SibReview.Reconciliation;

/// <summary>What endorsing and objecting share: only the open proposal of an unsettled room can be answered.</summary>
public static class TakeStance
{
    public static Decision? Refused(RoomAtHand atHand, string proposalId, Actor actor)
    {
        if ((atHand.MayNotAct(actor) ?? atHand.AlreadyAgreed) is { } refused) return refused;
        if (atHand.State.Proposals.All(p => p.ProposalId != proposalId))
            return Decision.Reject(404, $"There is no proposal '{proposalId}' in this room.");
        if (atHand.State.Current is { } current && current.ProposalId != proposalId)
            return Decision.Reject(409, $"Proposal {proposalId} was superseded by {current.By}'s {current.Resolution} " +
                $"({current.ProposalId}); answer that one. Nothing was recorded.");
        return null;
    }
}
