using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Reconciliation;

/// <summary>A message in the room's thread. Comments never conflict: the thread takes them in the order they arrive.</summary>
public sealed record PostComment(string? Text);

public static class PostCommentEndpoint
{
    public static Decision Decide(RoomAtHand atHand, PostComment command, Actor actor, DateTimeOffset now) =>
        atHand.MayNotAct(actor)
        ?? (RoomRules.TextProblem(command.Text, "a comment") is { } problem ? Decision.Invalid(problem) : null)
        ?? Decision.Accept(new RoomCommentPosted(atHand.Study.Id, atHand.Item.Id, atHand.Item.CaseId, actor.UserName,
            command.Text!.Trim(), now));

    [WolverinePost("/api/studies/{id}/reconciliation/{caseId}/{key}/comments", OperationId = "postRoomComment")]
    public static Task<IResult> Post(string id, string caseId, string key, PostComment command, ClaimsPrincipal user,
        IDocumentSession session, RoomWriter writer, TimeProvider clock, CancellationToken ct) =>
        writer.Record(session, id, caseId, key, user, (atHand, actor) => Decide(atHand, command, actor, clock.GetUtcNow()), command, ct);
}
