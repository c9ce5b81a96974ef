using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace SibReview.Agreement;

/// <summary>The raw-label view: every label any registered decision gives, kept as given (agreement is computed on read).</summary>
public sealed class RawLabelProjection : IProjection
{
    private static readonly Dictionary<Type, LabelSource> Sources = LabelSources.All.ToDictionary(s => s.EventType);

    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var e in events)
        {
            if (!Sources.TryGetValue(e.EventType, out var source)) continue;
            // Labels are numbered across the event's batches, so an event's label ids stay unique whatever sets it feeds.
            var order = 0;
            foreach (var batch in source.Read(e.Data))
            {
                operations.Store(batch.Set);
                operations.Store(batch.Labels.Select(l => new RawLabel($"{e.Id:N}/{order}", batch.Set.StudyId, batch.Set.Id, l.Unit,
                    l.Coder, l.Value, batch.At, order++)).ToArray());
            }
        }
        return Task.CompletedTask;
    }
}
