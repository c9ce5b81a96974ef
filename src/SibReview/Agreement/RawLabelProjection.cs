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
            var batch = source.Read(e.Data);
            operations.Store(batch.Set);
            operations.Store(batch.Labels.Select((l, i) =>
                new RawLabel($"{e.Id:N}/{i}", batch.Set.StudyId, batch.Set.Id, l.Unit, l.Coder, l.Value, batch.At, i)).ToArray());
        }
        return Task.CompletedTask;
    }
}
