using System.Security.Claims;
using Marten;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Reconciliation;

public static class RoomEvents
{
    public static async Task<IReadOnlyList<RoomMessage>> SinceAsync(IQuerySession session, string studyId, string itemId, long since,
        CancellationToken ct) =>
        [.. (await session.Events.FetchStreamAsync(RoomStreams.Of(studyId, itemId), fromVersion: since + 1, token: ct)).Select(RoomMessage.Of)];
}

public static class GetRoomEventsEndpoint
{
    /// <summary>GET: the room's events after version since, in order: what a client that reconnects has missed.</summary>
    [WolverineGet("/api/studies/{id}/reconciliation/{caseId}/{key}/events", OperationId = "getReconciliationRoomEvents")]
    public static async Task<IResult> Get(string id, string caseId, string key, long? since, ClaimsPrincipal user, IQuerySession session,
        CancellationToken ct)
    {
        if (since is < 0) return Problems.BadRequest($"since is a room version, 0 or more; got {since}.");
        if (await RoomViewer.FindAsync(session, id, caseId, key, user, ct) is not var (_, _, item))
            return RoomViewer.NotFound(caseId, key);
        return Results.Ok(await RoomEvents.SinceAsync(session, id, item.Id, since ?? 0, ct));
    }
}
