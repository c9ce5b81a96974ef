using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace SibReview.Coding.Judgements;

/// <summary>
/// The case-judgements view: each judgement, submission and consensus folded into its case's document. Writers of one case
/// take turns (<see cref="JudgementCase.Record"/> holds the case), so no fold starts from a document another is changing.
/// </summary>
public sealed class CaseJudgementsProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var touched = events.Select(e => (Case: CaseOf(e.Data), e.Data)).Where(t => t.Case is not null).ToList();
        if (touched.Count == 0) return;

        var ids = touched.Select(t => CaseJudgements.IdOf(t.Case!.Value.StudyId, t.Case.Value.CaseId)).Distinct().ToArray();
        var cases = (await operations.LoadManyAsync<CaseJudgements>(cancellation, ids)).ToDictionary(s => s.Id);
        foreach (var ((studyId, caseId), data) in touched.Select(t => (t.Case!.Value, t.Data)))
        {
            var id = CaseJudgements.IdOf(studyId, caseId);
            cases[id] = CaseJudgements.Fold(cases.GetValueOrDefault(id) ?? CaseJudgements.Unjudged(studyId, caseId), data);
        }
        operations.Store(cases.Values.ToArray());
    }

    /// <summary>The events <see cref="CaseOf"/> routes (replay reads no others).</summary>
    public static readonly IReadOnlyList<Type> EventTypes =
        [typeof(ThemeJudged), typeof(ThemeJudgementRevised), typeof(CaseJudgementsSubmitted), typeof(JudgementConsensusRecorded)];

    /// <summary>The case a judgement event concerns; replay routes the raw log with it too.</summary>
    public static (string StudyId, string CaseId)? CaseOf(object data) => data switch
    {
        ThemeJudged j => (j.StudyId, j.CaseId),
        ThemeJudgementRevised r => (r.StudyId, r.CaseId),
        CaseJudgementsSubmitted s => (s.StudyId, s.CaseId),
        JudgementConsensusRecorded c => (c.StudyId, c.CaseId),
        _ => null,
    };
}
