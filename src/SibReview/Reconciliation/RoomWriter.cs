using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.SignalR;
using SibReview.Accounts;
using SibReview.Coding.Codebook;
using SibReview.Infrastructure;
using SibReview.Live;
using SibReview.Screening;

namespace SibReview.Reconciliation;

public sealed record RoomActed(string ItemId, long Version);

/// <summary>
/// Records a room decision. Writers of a room take turns: the case is held in PostgreSQL (screening's hold, across nodes;
/// it also covers a room's first event and the consensus an agreement records, whose view folds several streams), and the
/// room's gate holds it on this node until its messages are on their way, in version order, straight after the commit.
/// </summary>
public sealed class RoomWriter(RoomGate gate, IHubContext<ReviewHub> hub)
{
    public async Task<IResult> Record(IDocumentSession session, string studyId, string caseId, string key, ClaimsPrincipal user,
        Func<RoomAtHand, Actor, Decision> decide, object yours, CancellationToken ct)
    {
        var actor = Actor.From(user);
        var itemId = RoomStreams.ItemId(caseId, key);
        var stream = RoomStreams.Of(studyId, itemId);
        using var turn = await gate.EnterAsync(stream, ct);
        await ScreeningStreams.HoldCasesAsync(session, studyId, [caseId], ct);
        if (await RoomViewer.FindAsync(session, studyId, caseId, key, actor.UserName, ct) is not var (viewer, found, item))
            return RoomViewer.NotFound(caseId, key);
        var state = await session.LoadAsync<RoomState>(stream, ct) ?? RoomState.Empty(stream);
        var decision = decide(new RoomAtHand(viewer, found, item, state), actor);
        if (decision.Rejection is { Status: StatusCodes.Status409Conflict } stale)
            return Results.Problem(statusCode: stale.Status, title: "Someone else changed this first", detail: stale.Detail,
                extensions: new Dictionary<string, object?> { ["current"] = state, ["yours"] = yours });
        if (decision.Rejection is { } rejection) return rejection.ToResult();

        session.Events.Append(stream, [.. decision.Events]);
        if (decision.Events.OfType<ResolutionAgreed>().SingleOrDefault() is { } agreed)
        {
            var proposal = decision.Events.Aggregate(state, RoomState.Fold).Current!;
            var codebook = await StudyCodebook.LoadAsync(session, studyId, ct);
            var (consensusStream, consensus) = found.Consensus(viewer.Study, codebook, item, agreed, proposal.Text, stream);
            session.Events.Append(consensusStream, consensus);
        }
        await session.SaveChangesAsync(ct);

        var messages = decision.Events.Cast<IRoomEvent>().Select((e, i) => RoomMessage.Of(e, state.Version + 1 + i)).ToList();
        var group = hub.Clients.Group(RoomStreams.Group(studyId, itemId));
        foreach (var message in messages)
            await group.SendAsync(RoomMessage.HubMessage, message, CancellationToken.None);
        return Results.Ok(new RoomActed(itemId, messages[^1].Version));
    }
}
