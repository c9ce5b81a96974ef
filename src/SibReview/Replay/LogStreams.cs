using System.Linq.Expressions;
using JasperFx.Events;
using SibReview.Coding;
using SibReview.Coding.Judgements;
using SibReview.Outcomes;
using SibReview.Reconciliation;
using SibReview.Screening;

namespace SibReview.Replay;

/// <summary>
/// Which streams make up a log: exact stream keys and key prefixes. Spelled once, read two ways: as a LINQ filter over
/// Marten's raw events (the audit trail) and as SQL over the events table (replay's streamed read).
/// </summary>
public sealed record LogStreams(IReadOnlyList<string> Keys, IReadOnlyList<string> Prefixes)
{
    /// <summary>
    /// A study's own log: its settings, its screening plan, coder and consensus streams, its assessments and evidence, its
    /// theme judgements, its reconciliation rooms and the consensus they recorded on passages. The coders' document coding
    /// streams are apart (<see cref="CodingStreams.DocumentsOf"/>): blind until submitted, and nothing replay folds.
    /// </summary>
    public static LogStreams OfStudy(string studyId) => new([studyId, ScreeningStreams.Plan(studyId)],
        [ScreeningStreams.CodersOf(studyId), ScreeningStreams.ConsensusOf(studyId), OutcomeStreams.CodersOf(studyId),
            OutcomeStreams.ConsensusOf(studyId), OutcomeStreams.EvidenceOf(studyId), CodingStreams.JudgementsOf(studyId),
            JudgementStreams.ConsensusOf(studyId), RoomStreams.OfStudy(studyId), CodingStreams.SegmentConsensusOf(studyId)]);

    /// <summary>The streams that bear on one case of a study: the study's settings and plan, and the case's own streams.</summary>
    public static LogStreams OfCase(string studyId, string caseId) => new(
        [studyId, ScreeningStreams.Plan(studyId), ScreeningStreams.Consensus(studyId, caseId), OutcomeStreams.Consensus(studyId, caseId),
            OutcomeStreams.Evidence(studyId, caseId)],
        [ScreeningStreams.CodersOf(studyId, caseId), OutcomeStreams.CodersOf(studyId, caseId), RoomStreams.OfCase(studyId, caseId)]);

    public LogStreams AndPrefix(string prefix) => this with { Prefixes = [.. Prefixes, prefix] };

    public Expression<Func<IEvent, bool>> Filter()
    {
        var e = Expression.Parameter(typeof(IEvent), "e");
        var key = Expression.Property(e, nameof(IEvent.StreamKey));
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        var any = Keys.Select(k => (Expression)Expression.Equal(key, Expression.Constant(k)))
            .Concat(Prefixes.Select(p => Expression.Call(key, startsWith, Expression.Constant(p))))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<IEvent, bool>>(any, e);
    }

    /// <summary>The same filter in SQL on the events table's stream_id, with the keys and prefixes as two array parameters.</summary>
    public const string Sql = "(stream_id = any(@keys) or exists (select from unnest(@prefixes) p where starts_with(stream_id, p)))";
}
