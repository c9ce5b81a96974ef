using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace SibReview.Reconciliation;

/// <summary>Each room event folded into its room's state, inline. Writers of a room take turns (<see cref="RoomWriter"/>).</summary>
public sealed class RoomStateProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var touched = events.Where(e => e.Data is IRoomEvent).Select(e => (Id: e.StreamKey!, e.Data)).ToList();
        if (touched.Count == 0) return;
        var states = (await operations.LoadManyAsync<RoomState>(cancellation, touched.Select(t => t.Id).Distinct()))
            .ToDictionary(s => s.Id);
        foreach (var (id, data) in touched)
            states[id] = RoomState.Fold(states.GetValueOrDefault(id) ?? RoomState.Empty(id), data);
        operations.Store(states.Values.ToArray());
    }
}
