using System.Security.Claims;
using Marten;
using SibReview.Infrastructure;
using SibReview.Screening;
using Wolverine.Http;

namespace SibReview.Reconciliation;

public static class GetDisagreementQueueEndpoint
{
    /// <summary>GET: the study's disagreements the viewer may see; filters kind, caseId, theme, coders (a pair "amir+bea"), settled.</summary>
    [WolverineGet("/api/studies/{id}/reconciliation", OperationId = "getDisagreementQueue")]
    public static async Task<IResult> Get(string id, string? kind, string? caseId, int? theme, string? coders, bool? settled, ClaimsPrincipal user,
        IQuerySession session, CancellationToken ct)
    {
        if (await ScreeningViewer.LoadAsync(session, id, user, ct) is not { } viewer) return ScreeningViewer.NotAMember(id);
        if (kind is not null && DisagreementKinds.Find(kind) is null)
            return Problems.BadRequest($"kind must be one of {string.Join(", ", DisagreementKinds.All.Select(k => k.Kind))}; got '{kind}'.");
        var items = new List<DisagreementItem>();
        foreach (var source in DisagreementKinds.All) items.AddRange(await source.ItemsAsync(session, viewer, caseId, ct));
        var rooms = (await session.LoadManyAsync<RoomState>(ct, items.Select(i => RoomStreams.Of(id, i.Id)))).ToDictionary(r => r.Id);
        var entries = items.Select(i => rooms.GetValueOrDefault(RoomStreams.Of(id, i.Id)) is { } room
            ? new QueueEntry(i, room.Version, room.Agreement is null ? room.Current?.Resolution : null)
            : new QueueEntry(i, 0, null)).ToList();
        return Results.Ok(DisagreementQueue.Of(id, entries, kind, theme, coders, settled ?? false));
    }
}
