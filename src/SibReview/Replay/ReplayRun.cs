using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Outcomes;
using SibReview.Studies;

namespace SibReview.Replay;

/// <summary>A replay read from the database and computed, or the problem with what was asked; nothing is written.</summary>
public static class ReplayRun
{
    public static async Task<(ReplayReport? Report, string? Problem)> RunAsync(IQuerySession session, string studyId,
        ReplayRequest request, OutcomeViewer? viewer, IProgress<ReplayProgress>? progress, CancellationToken ct)
    {
        if (await session.LoadAsync<Study>(studyId, ct) is null) return (null, $"there is no study '{studyId}'");
        var replayed = await StudyLog.FoldAsync(session, studyId, request.AsOf, progress, ct);
        if (replayed.Study is null)
            return (null, $"study '{studyId}' did not exist yet at {request.AsOf:O}; replay as of a later moment");
        var catalogue = (await session.LoadManyAsync<CatalogueEntry>(ct, StudyReplay.CasesFor(replayed, request).ToArray())).ToDictionary(e => e.Id);
        return (StudyReplay.Report(replayed, request, catalogue, viewer), null);
    }
}
