using System.Collections.Immutable;
using SibReview.Outcomes;
using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Replay;

/// <summary>
/// A study as its raw log makes it: the settings, each case's screening and each case's outcome status, folded with the
/// same functions the live views use (principle 1). Study is null until the log reaches its StudyCreated.
/// </summary>
public sealed record ReplayedStudy(
    string StudyId, Study? Study, ImmutableSortedDictionary<string, ScreeningStatus> Screening,
    ImmutableSortedDictionary<string, OutcomeStatus> Outcomes)
{
    public static ReplayedStudy Empty(string studyId) => new(studyId, null,
        ImmutableSortedDictionary.Create<string, ScreeningStatus>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, OutcomeStatus>(StringComparer.Ordinal));

    /// <summary>One event of the log; events of other studies and of other kinds leave the study as it is.</summary>
    public static ReplayedStudy Fold(ReplayedStudy replayed, object e) => e switch
    {
        StudyCreated c when c.StudyId == replayed.StudyId => replayed with { Study = Study.Create(c) },
        StudyMemberAdded m when replayed.Study is { } s && m.StudyId == s.Id => replayed with { Study = Study.Apply(m, s) },
        ToleranceChanged t when replayed.Study is { } s && t.StudyId == s.Id => replayed with { Study = Study.Apply(t, s) },
        InclusionCriteriaChanged i when replayed.Study is { } s && i.StudyId == s.Id => replayed with { Study = Study.Apply(i, s) },
        _ => replayed.Screen(e).Assess(e),
    };

    private ReplayedStudy Screen(object e) => ScreeningStatusProjection.CasesOf(e).Where(c => c.StudyId == StudyId)
        .Aggregate(this, (r, c) => r with
        {
            Screening = r.Screening.SetItem(c.CaseId,
                ScreeningStatus.Fold(r.Screening.GetValueOrDefault(c.CaseId) ?? ScreeningStatus.Unscreened(StudyId, c.CaseId), e)),
        });

    private ReplayedStudy Assess(object e) => OutcomeStatusProjection.CaseOf(e) is var (studyId, caseId) && studyId == StudyId
        ? this with
        {
            Outcomes = Outcomes.SetItem(caseId,
                OutcomeStatus.Fold(Outcomes.GetValueOrDefault(caseId) ?? OutcomeStatus.Unassessed(StudyId, caseId), e)),
        }
        : this;

    /// <summary>The cases the log has included, in case id order.</summary>
    public IEnumerable<ScreeningStatus> Included => Screening.Values.Where(s => s.Included);
}
