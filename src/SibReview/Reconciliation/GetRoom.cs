using System.Security.Claims;
using Marten;
using Wolverine.Http;

namespace SibReview.Reconciliation;

/// <summary>
/// A room as a participant opens it: the item (positions side by side with their evidence, the coders involved), what may
/// be proposed, and every room event so far (the client folds them, then follows the hub from the last one's version).
/// </summary>
public sealed record RoomView(DisagreementItem Item, IReadOnlyList<string> Choices, string Me, string MyRole, IReadOnlyList<RoomMessage> Messages);

public static class GetRoomEndpoint
{
    [WolverineGet("/api/studies/{id}/reconciliation/{caseId}/{key}", OperationId = "getReconciliationRoom")]
    public static async Task<IResult> Get(string id, string caseId, string key, ClaimsPrincipal user, IQuerySession session,
        CancellationToken ct)
    {
        if (await RoomViewer.FindAsync(session, id, caseId, key, user, ct) is not var (viewer, found, item))
            return RoomViewer.NotFound(caseId, key);
        var messages = await RoomEvents.SinceAsync(session, id, item.Id, 0, ct);
        return Results.Ok(new RoomView(item, found.Choices, viewer.UserName, viewer.Role.ToString().ToLowerInvariant(), messages));
    }
}
