using Marten;
using SibReview.Coding.Judgements;
using SibReview.Outcomes;
using SibReview.Screening;

namespace SibReview.Agreement;

/// <summary>
/// Which labels of a study's own sets a member's agreement is computed on, so the numbers never reveal a decision the
/// member may not see: a case's labels count where its screening, outcome or judgement view shows the member the
/// coders' decisions (a coder once they decided, assessed or submitted the case themselves), and a theme judgement only
/// once its coder submitted the case, for everyone, the lead included. Imported sets hold no one's blind work.
/// </summary>
public sealed class VisibleLabels(
    IReadOnlySet<string> screened, IReadOnlySet<string> assessed, IReadOnlyDictionary<string, IReadOnlySet<string>> judgedBy)
{
    public bool Counts(LabelSet set, RawLabel label) => set.Source switch
    {
        ScreeningLabels.Source => screened.Contains(label.Unit),
        OutcomeLabels.Source => assessed.Contains(label.Unit),
        JudgementLabels.Source => judgedBy.GetValueOrDefault(JudgementLabels.CaseOf(label.Unit))?.Contains(label.Coder) == true,
        _ => true,
    };

    public static async Task<VisibleLabels> ForAsync(IQuerySession session, ScreeningViewer viewer, CancellationToken ct)
    {
        var study = viewer.Study.Id;
        var screened = (await ScreeningViewer.StatusesAsync(session, study, ct)).Where(viewer.Sees).Select(s => s.CaseId).ToHashSet();
        var assessed = (await session.Query<OutcomeStatus>().Where(s => s.StudyId == study).ToListAsync(ct))
            .Where(OutcomeViewer.Of(viewer).Sees).Select(s => s.CaseId).ToHashSet();
        var judged = (await session.Query<CaseJudgements>().Where(j => j.StudyId == study).ToListAsync(ct))
            .Where(j => j.Reveals(viewer.UserName, viewer.Role))
            .ToDictionary(j => j.CaseId, j => (IReadOnlySet<string>)j.Submitted.Select(c => c.Coder).ToHashSet());
        return new VisibleLabels(screened, assessed, judged);
    }
}
