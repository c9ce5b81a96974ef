using JasperFx.Events;
using SibReview.Cases.Indigo;
using SibReview.Outcomes;
using SibReview.Replay;
using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Audit;

/// <summary>One act that touched a case, with the case's derived inclusion and classification before and after it.</summary>
public sealed record TimelineEntry(
    long Sequence, DateTimeOffset At, string By, string What, string? Reason,
    string InclusionBefore, string InclusionAfter, string? ClassificationBefore, string? ClassificationAfter);

/// <summary>
/// A case's audit trail, pure: the study's log folded event by event with replay's fold (so with the live views' own
/// folds), keeping each act on the case, and each change of the study's settings that changed the case's conclusions.
/// </summary>
public static class CaseTimeline
{
    public const string NotScreened = "not screened";

    public static IReadOnlyList<TimelineEntry> Of(string studyId, string caseId, string name, IndigoRecord record, IEnumerable<IEvent> log)
    {
        var (study, entries) = (ReplayedStudy.Empty(studyId), new List<TimelineEntry>());
        foreach (var e in log)
        {
            var next = ReplayedStudy.Fold(study, e.Data);
            var (before, after) = (Derived(study, caseId, name, record), Derived(next, caseId, name, record));
            if (Describe(e.Data, caseId, before != after) is var (by, what, reason))
                entries.Add(new TimelineEntry(e.Sequence, e.Timestamp, by, what, reason, before.Inclusion, after.Inclusion,
                    before.Classification, after.Classification));
            study = next;
        }
        return entries;
    }

    /// <summary>The case's conclusions once the whole log given has been folded.</summary>
    public static Audit.CaseState StateOf(string studyId, string caseId, string name, IndigoRecord record, IEnumerable<IEvent> log)
    {
        var (inclusion, classification) = Derived(StudyReplay.Fold(studyId, log.Select(e => e.Data)), caseId, name, record);
        return new Audit.CaseState(inclusion, classification);
    }

    private static (string Inclusion, string? Classification) Derived(ReplayedStudy study, string caseId, string name, IndigoRecord record)
    {
        var screening = study.Screening.GetValueOrDefault(caseId);
        if (study.Study is not { } settings || screening is not { Included: true }) return (screening?.Status ?? NotScreened, null);
        var status = study.Outcomes.GetValueOrDefault(caseId) ?? OutcomeStatus.Unassessed(study.StudyId, caseId);
        var cohorts = OutcomeCohorts.Of(study.StudyId, settings.Tolerance, [new IncludedCase(caseId, name, record, status, true)]);
        var classified = cohorts.Successful.Concat(cohorts.Struggling).Concat(cohorts.InsufficientData).Concat(cohorts.Conflicts)
            .Concat(cohorts.Unassessed).Single();
        return (screening.Status, classified.Classification);
    }

    private static (string By, string What, string? Reason)? Describe(object e, string caseId, bool changedConclusions) => e switch
    {
        CasesAssignedForScreening a when a.Assignments.Any(x => x.CaseId == caseId) =>
            (a.AssignedBy, $"assigned for screening to {string.Join(" and ", a.Assignments.Where(x => x.CaseId == caseId).Select(x => x.Coder))}", null),
        ScreeningDecisionRecorded d when d.CaseId == caseId => (d.Coder, $"screened: {Verdict(d.Verdict, d.Reason)}", d.Note),
        ScreeningDecisionRevised r when r.CaseId == caseId =>
            (r.Coder, $"revised screening: {Verdict(r.PreviousVerdict, null)} -> {Verdict(r.Verdict, r.Reason)}", r.RevisionReason),
        ScreeningConsensusRecorded c when c.CaseId == caseId => (c.RecordedBy, $"screening consensus: {Verdict(c.Verdict, c.Reason)}", c.Note),
        AchievementAssessed a when a.CaseId == caseId => (a.Coder, $"assessed achievement: {Ratio(a.Ratio, a.Basis)}", a.OverrideReason ?? a.Reason),
        AchievementReassessed r when r.CaseId == caseId => (r.Coder, $"reassessed achievement: {Ratio(r.Ratio, r.Basis)}", r.RevisionReason),
        OutcomeConsensusRecorded c when c.CaseId == caseId => (c.RecordedBy, $"outcome consensus: {Ratio(c.Ratio, c.Basis)}", c.Reason),
        ToleranceChanged t when changedConclusions =>
            (t.ChangedBy, $"tolerance changed {t.From:0.00#} -> {t.To:0.00#}", t.Reason),
        InclusionCriteriaChanged i when changedConclusions => (i.ChangedBy, "inclusion criteria changed", i.Reason),
        _ => null,
    };

    private static string Verdict(ScreeningVerdict verdict, string? reason) =>
        verdict.ToString().ToLowerInvariant() + (reason is null ? "" : $" ({reason})");

    private static string Ratio(decimal? ratio, string basis) =>
        ratio is { } r ? $"{r:0.####} of stated outcomes on {basis}" : "insufficient outcome data";
}
