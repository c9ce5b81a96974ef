using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace SibReview.Outcomes;

/// <summary>
/// The outcome-status view: each assessment and consensus folded into its case's status. Writers of one case take turns
/// (<see cref="OutcomeCase.Record"/> holds the case), so no fold starts from a status another is changing.
/// </summary>
public sealed class OutcomeStatusProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var touched = events.Select(e => (Case: CaseOf(e.Data), e.Data)).Where(t => t.Case is not null).ToList();
        if (touched.Count == 0) return;

        var ids = touched.Select(t => OutcomeStatus.IdOf(t.Case!.Value.StudyId, t.Case.Value.CaseId)).Distinct().ToArray();
        var statuses = (await operations.LoadManyAsync<OutcomeStatus>(cancellation, ids)).ToDictionary(s => s.Id);
        foreach (var ((studyId, caseId), data) in touched.Select(t => (t.Case!.Value, t.Data)))
        {
            var id = OutcomeStatus.IdOf(studyId, caseId);
            statuses[id] = OutcomeStatus.Fold(statuses.GetValueOrDefault(id) ?? OutcomeStatus.Unassessed(studyId, caseId), data);
        }
        operations.Store(statuses.Values.ToArray());
    }

    /// <summary>The events <see cref="CaseOf"/> routes (replay reads no others).</summary>
    public static readonly IReadOnlyList<Type> EventTypes =
        [typeof(AchievementAssessed), typeof(AchievementReassessed), typeof(OutcomeConsensusRecorded)];

    /// <summary>The case an outcome event concerns; replay routes the raw log with it too.</summary>
    public static (string StudyId, string CaseId)? CaseOf(object data) => data switch
    {
        AchievementAssessed a => (a.StudyId, a.CaseId),
        AchievementReassessed r => (r.StudyId, r.CaseId),
        OutcomeConsensusRecorded c => (c.StudyId, c.CaseId),
        _ => null,
    };
}
