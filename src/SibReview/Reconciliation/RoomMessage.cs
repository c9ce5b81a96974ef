using JasperFx.Events;

namespace SibReview.Reconciliation;

/// <summary>
/// One room event as participants receive it, live over the hub and on catch-up over HTTP: the room's version orders it,
/// and a client that has seen a version drops it the second time.
/// </summary>
public sealed record RoomMessage(string StudyId, string ItemId, long Version, string Type, object Data)
{
    public const string HubMessage = "room";

    public static RoomMessage Of(IRoomEvent e, long version) => new(e.StudyId, e.ItemId, version, e.GetType().Name, e);

    public static RoomMessage Of(IEvent e) => Of((IRoomEvent)e.Data, e.Version);
}
