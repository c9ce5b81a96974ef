using System.Collections.Concurrent;

namespace SibReview.Reconciliation;

/// <summary>
/// Lets one writer of a room at a time through this node, from holding the room until its messages are handed to the hub,
/// so that a room's messages leave in version order. Across nodes the PostgreSQL hold serialises the writes; messages
/// raised on two nodes may then arrive out of order, which clients repair by version (see ARCHITECTURE.md).
/// </summary>
public sealed class RoomGate
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _rooms = new();

    public async Task<IDisposable> EnterAsync(string room, CancellationToken ct)
    {
        var gate = _rooms.GetOrAdd(room, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Exit(gate);
    }

    private sealed class Exit(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
