using SibReview.Accounts;
using SibReview.Infrastructure;
using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Reconciliation;

/// <summary>What a room decision is made from, read while the room's case is held: the item as the actor may see it and the room.</summary>
public sealed record RoomAtHand(ScreeningViewer Viewer, IDisagreementKind Kind, DisagreementItem Item, RoomState State)
{
    public Study Study => Viewer.Study;

    /// <summary>Leads and the coders involved act in a room; observers read it.</summary>
    public Decision? MayNotAct(Actor actor) => StudyRules.MustContribute(Study, actor);

    /// <summary>Appends ResolutionAgreed when the events given make the open proposal agreed by the study's rule.</summary>
    public Decision Settle(Actor actor, DateTimeOffset now, params object[] events)
    {
        var after = events.Aggregate(State, RoomState.Fold);
        if (after.Current is not { } proposal || RoomRules.AgreedBy(proposal, Item.Coders, Study) is not { } rule)
            return Decision.Accept(events);
        return Decision.Accept([.. events, new ResolutionAgreed(Study.Id, Item.Id, Item.CaseId, proposal.ProposalId,
            proposal.Resolution, rule, actor.UserName, now)]);
    }

    public Decision? AlreadyAgreed => State.Agreement is { } a
        ? Decision.Reject(409, $"This room already agreed on {a.Resolution} ({a.Rule}); nothing was recorded.")
        : null;
}
