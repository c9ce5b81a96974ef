using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using SibReview.Accounts;
using SibReview.Reconciliation;
using SibReview.Studies;

namespace SibReview.Live;

/// <summary>The live hub at /hubs/review: a browser watches what it shows and is told when it changed.</summary>
[Authorize]
public sealed class ReviewHub(IQuerySession session, RoomPresence rooms) : Hub
{
    public const string Path = "/hubs/review";
    public const string ChangedMessage = "changed";

    public Task WatchCatalogue() => Groups.AddToGroupAsync(Context.ConnectionId, Topics.Catalogue);

    public Task UnwatchCatalogue() => Groups.RemoveFromGroupAsync(Context.ConnectionId, Topics.Catalogue);

    public async Task WatchStudy(string studyId)
    {
        var study = await session.LoadAsync<Study>(studyId);
        var actor = Actor.From(Context.User!);
        if (study?.RoleOf(actor.UserName) is null)
            throw new HubException($"You are not a member of study '{studyId}'.");
        await Groups.AddToGroupAsync(Context.ConnectionId, Topics.Study(studyId));
    }

    public Task UnwatchStudy(string studyId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, Topics.Study(studyId));

    /// <summary>Enters a reconciliation room: its messages, presence and typing; refused to anyone the item is hidden from.</summary>
    public Task<RoomPeople> JoinRoom(string studyId, string caseId, string key) => rooms.JoinAsync(this, session, studyId, caseId, key);

    public Task LeaveRoom(string studyId, string caseId, string key) => rooms.LeaveAsync(this, studyId, caseId, key);

    public Task Typing(string studyId, string caseId, string key) => rooms.TypingAsync(this, studyId, caseId, key);

    public override Task OnDisconnectedAsync(Exception? exception) => rooms.DisconnectedAsync(this);
}
