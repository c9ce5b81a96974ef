using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Reconciliation;

public sealed record ObjectToProposal(string? Reason);

public static class ObjectToProposalEndpoint
{
    public static Decision Decide(RoomAtHand atHand, string proposalId, ObjectToProposal command, Actor actor, DateTimeOffset now) =>
        TakeStance.Refused(atHand, proposalId, actor)
        ?? (RoomRules.TextProblem(command.Reason, "why you object") is { } problem ? Decision.Invalid(problem) : null)
        ?? Decision.Accept(new ProposalObjected(atHand.Study.Id, atHand.Item.Id, atHand.Item.CaseId, proposalId,
            command.Reason!.Trim(), actor.UserName, now));

    [WolverinePost("/api/studies/{id}/reconciliation/{caseId}/{key}/proposals/{proposalId}/objection", OperationId = "objectToProposal")]
    public static Task<IResult> Post(string id, string caseId, string key, string proposalId, ObjectToProposal command,
        ClaimsPrincipal user, IDocumentSession session, RoomWriter writer, TimeProvider clock, CancellationToken ct) =>
        writer.Record(session, id, caseId, key, user,
            (atHand, actor) => Decide(atHand, proposalId, command, actor, clock.GetUtcNow()), command, ct);
}
