using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace SibReview.Screening;

/// <summary>
/// The inclusion-status view: each screening event folded into the status of every case it concerns. Writers of one
/// case take turns (<see cref="ScreeningStreams.HoldCasesAsync"/>), so no fold starts from a status another is changing.
/// </summary>
public sealed class ScreeningStatusProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var touched = events.SelectMany(e => CasesOf(e.Data).Select(c => (c.StudyId, c.CaseId, e.Data))).ToList();
        if (touched.Count == 0) return;

        var ids = touched.Select(t => ScreeningStatus.IdOf(t.StudyId, t.CaseId)).Distinct().ToArray();
        var statuses = (await operations.LoadManyAsync<ScreeningStatus>(cancellation, ids)).ToDictionary(s => s.Id);
        foreach (var (studyId, caseId, data) in touched)
        {
            var id = ScreeningStatus.IdOf(studyId, caseId);
            statuses[id] = ScreeningStatus.Fold(statuses.GetValueOrDefault(id) ?? ScreeningStatus.Unscreened(studyId, caseId), data);
        }
        operations.Store(statuses.Values.ToArray());
    }

    /// <summary>The events <see cref="CasesOf"/> routes (replay reads no others).</summary>
    public static readonly IReadOnlyList<Type> EventTypes =
        [typeof(CasesAssignedForScreening), typeof(ScreeningDecisionRecorded), typeof(ScreeningDecisionRevised), typeof(ScreeningConsensusRecorded)];

    /// <summary>The cases a screening event concerns; replay routes the raw log with it too.</summary>
    public static IEnumerable<(string StudyId, string CaseId)> CasesOf(object data) => data switch
    {
        CasesAssignedForScreening a => a.Assignments.Select(x => (a.StudyId, x.CaseId)).Distinct(),
        ScreeningDecisionRecorded r => [(r.StudyId, r.CaseId)],
        ScreeningDecisionRevised r => [(r.StudyId, r.CaseId)],
        ScreeningConsensusRecorded c => [(c.StudyId, c.CaseId)],
        _ => [],
    };
}
