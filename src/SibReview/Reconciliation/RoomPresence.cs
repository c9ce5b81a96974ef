using System.Collections.Concurrent;
using Marten;
using Microsoft.AspNetCore.SignalR;
using SibReview.Accounts;

namespace SibReview.Reconciliation;

/// <summary>Who is in a room now (user names, sorted), sent to the room on every arrival and departure.</summary>
public sealed record RoomPeople(string StudyId, string ItemId, IReadOnlyList<string> People)
{
    public const string HubMessage = "presence";
}

/// <summary>Someone is typing in the room's thread: ephemeral, never an event, sent to the others only.</summary>
public sealed record RoomTyping(string StudyId, string ItemId, string Person)
{
    public const string HubMessage = "typing";
}

/// <summary>
/// The hub's side of rooms: joining (only for those who may see the item), presence, typing. Presence is kept in this
/// node's memory, per connection: with a second node each node would know only its own connections (see ARCHITECTURE.md).
/// </summary>
public sealed class RoomPresence
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, string>> _rooms = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, (string StudyId, string ItemId)>> _joined = new();

    public async Task<RoomPeople> JoinAsync(Hub hub, IQuerySession session, string studyId, string caseId, string key)
    {
        var me = Actor.From(hub.Context.User!).UserName;
        if (await RoomViewer.FindAsync(session, studyId, caseId, key, me, hub.Context.ConnectionAborted) is null)
            throw new HubException($"There is no {key} disagreement on {caseId} in study '{studyId}' that you may see.");
        var itemId = RoomStreams.ItemId(caseId, key);
        var group = RoomStreams.Group(studyId, itemId);
        await hub.Groups.AddToGroupAsync(hub.Context.ConnectionId, group);
        _rooms.GetOrAdd(group, _ => new())[hub.Context.ConnectionId] = me;
        _joined.GetOrAdd(hub.Context.ConnectionId, _ => new())[group] = (studyId, itemId);
        var people = PeopleIn(studyId, itemId);
        await hub.Clients.Group(group).SendAsync(RoomPeople.HubMessage, people);
        return people;
    }

    public async Task LeaveAsync(Hub hub, string studyId, string caseId, string key)
    {
        var group = RoomStreams.Group(studyId, RoomStreams.ItemId(caseId, key));
        await hub.Groups.RemoveFromGroupAsync(hub.Context.ConnectionId, group);
        if (_joined.GetValueOrDefault(hub.Context.ConnectionId)?.TryRemove(group, out var room) == true)
            await Depart(hub.Clients, hub.Context.ConnectionId, group, room);
    }

    public async Task DisconnectedAsync(Hub hub)
    {
        if (!_joined.TryRemove(hub.Context.ConnectionId, out var rooms)) return;
        foreach (var (group, room) in rooms) await Depart(hub.Clients, hub.Context.ConnectionId, group, room);
    }

    /// <summary>Only a connection in the room may say it is typing there.</summary>
    public Task TypingAsync(Hub hub, string studyId, string caseId, string key)
    {
        var itemId = RoomStreams.ItemId(caseId, key);
        var group = RoomStreams.Group(studyId, itemId);
        if (_rooms.GetValueOrDefault(group)?.TryGetValue(hub.Context.ConnectionId, out var me) != true)
            throw new HubException("Join the room before typing in it.");
        return hub.Clients.OthersInGroup(group).SendAsync(RoomTyping.HubMessage, new RoomTyping(studyId, itemId, me!));
    }

    private async Task Depart(IHubCallerClients clients, string connectionId, string group, (string StudyId, string ItemId) room)
    {
        if (_rooms.TryGetValue(group, out var connections)) connections.TryRemove(connectionId, out _);
        await clients.Group(group).SendAsync(RoomPeople.HubMessage, PeopleIn(room.StudyId, room.ItemId));
    }

    private RoomPeople PeopleIn(string studyId, string itemId) => new(studyId, itemId,
        [.. (_rooms.GetValueOrDefault(RoomStreams.Group(studyId, itemId))?.Values ?? []).Distinct().Order(StringComparer.Ordinal)]);
}
