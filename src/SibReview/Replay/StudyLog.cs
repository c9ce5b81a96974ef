using JasperFx.Events;
using Marten;
using SibReview.Outcomes;
using SibReview.Screening;

namespace SibReview.Replay;

/// <summary>How far a replay has read: events folded so far out of those it will fold.</summary>
public sealed record ReplayProgress(long Read, long Total);

/// <summary>
/// Reads one study's raw log (its own stream, the screening plan, coder and consensus streams, the assessment, outcome
/// consensus and evidence streams) in sequence order, streamed so memory stays bounded, through a read-only query session.
/// </summary>
public static class StudyLog
{
    private const int ProgressEvery = 1000;

    public static async Task<ReplayedStudy> FoldAsync(IQuerySession session, string studyId, DateTimeOffset? asOf,
        IProgress<ReplayProgress>? progress, CancellationToken ct)
    {
        // The log as of the replay's start: a tolerance changed while a long replay reads does not reach into it.
        var ceiling = await session.Events.QueryAllRawEvents().MaxAsync(e => e.Sequence, ct);
        var events = Of(session, studyId, asOf).Where(e => e.Sequence <= ceiling);
        var total = progress is null ? 0 : await events.CountAsync(ct);
        var (folding, read) = (new ReplayedStudy.Folding(studyId), 0L);
        // One streamed query: rows are folded as they arrive, so memory stays flat whatever the log's length.
        await foreach (var e in events.OrderBy(e => e.Sequence).ToAsyncEnumerable(ct))
        {
            folding.Apply(e.Data);
            if (++read % ProgressEvery == 0) progress?.Report(new ReplayProgress(read, total));
        }
        progress?.Report(new ReplayProgress(read, total));
        return folding.ToReplayed();
    }

    /// <summary>The events that bear on one case of a study: the study's settings, its screening plan, and the case's own streams.</summary>
    public static IQueryable<IEvent> OfCase(IQuerySession session, string studyId, string caseId)
    {
        var (plan, screening, screeningConsensus) =
            (ScreeningStreams.Plan(studyId), ScreeningStreams.CodersOf(studyId, caseId), ScreeningStreams.Consensus(studyId, caseId));
        var (assessment, outcomeConsensus, evidence) =
            (OutcomeStreams.CodersOf(studyId, caseId), OutcomeStreams.Consensus(studyId, caseId), OutcomeStreams.Evidence(studyId, caseId));
        return session.Events.QueryAllRawEvents().Where(e =>
            e.StreamKey == studyId || e.StreamKey == plan || e.StreamKey!.StartsWith(screening) || e.StreamKey == screeningConsensus ||
            e.StreamKey.StartsWith(assessment) || e.StreamKey == outcomeConsensus || e.StreamKey == evidence);
    }

    /// <summary>The study's whole log (settings, screening, outcomes and their evidence), optionally up to a moment.</summary>
    public static IQueryable<IEvent> Of(IQuerySession session, string studyId, DateTimeOffset? asOf)
    {
        var (plan, screening, screeningConsensus) =
            (ScreeningStreams.Plan(studyId), ScreeningStreams.CodersOf(studyId), ScreeningStreams.ConsensusOf(studyId));
        var (assessment, outcomeConsensus, evidence) =
            (OutcomeStreams.CodersOf(studyId), OutcomeStreams.ConsensusOf(studyId), OutcomeStreams.EvidenceOf(studyId));
        var events = session.Events.QueryAllRawEvents().Where(e =>
            e.StreamKey == studyId || e.StreamKey == plan || e.StreamKey!.StartsWith(screening) || e.StreamKey.StartsWith(screeningConsensus) ||
            e.StreamKey.StartsWith(assessment) || e.StreamKey.StartsWith(outcomeConsensus) || e.StreamKey.StartsWith(evidence));
        return asOf is { } at ? events.Where(e => e.Timestamp <= at) : events;
    }
}
