using JasperFx.Events;
using SibReview.Cases.Indigo;
using SibReview.Outcomes;
using SibReview.Reconciliation;
using SibReview.Replay;
using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Audit;

/// <summary>
/// One act that touched a case, with the case's derived inclusion, classification and suggested ratio (from the evidence
/// under the study's basis; null while the case is not included) before and after it.
/// </summary>
public sealed record TimelineEntry(
    long Sequence, DateTimeOffset At, string By, string What, string? Reason,
    string InclusionBefore, string InclusionAfter, string? ClassificationBefore, string? ClassificationAfter,
    decimal? SuggestedBefore, decimal? SuggestedAfter);

/// <summary>
/// A case's audit trail, pure: the study's log folded event by event with replay's fold (so with the live views' own
/// folds), keeping each act on the case, and each change of the study's settings that changed the case's conclusions or
/// its suggested ratio.
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
                    before.Classification, after.Classification, before.Suggested, after.Suggested));
            study = next;
        }
        return entries;
    }

    /// <summary>The case's conclusions once the whole log given has been folded.</summary>
    public static Audit.CaseState StateOf(string studyId, string caseId, string name, IndigoRecord record, IEnumerable<IEvent> log)
    {
        var (inclusion, classification, _) = Derived(StudyReplay.Fold(studyId, log.Select(e => e.Data)), caseId, name, record);
        return new Audit.CaseState(inclusion, classification);
    }

    private static (string Inclusion, string? Classification, decimal? Suggested) Derived(ReplayedStudy study, string caseId, string name,
        IndigoRecord record)
    {
        var screening = study.Screening.GetValueOrDefault(caseId);
        if (study.Study is not { } settings || screening is not { Included: true }) return (screening?.Status ?? NotScreened, null, null);
        var status = study.Outcomes.GetValueOrDefault(caseId) ?? OutcomeStatus.Unassessed(study.StudyId, caseId);
        var figures = OutcomeFigures.Of(record, study.Evidence.GetValueOrDefault(caseId));
        var cohorts = OutcomeCohorts.Of(study.StudyId, settings.Tolerance, settings.Achievement,
            [new IncludedCase(caseId, name, figures, status, true)]);
        var classified = cohorts.Successful.Concat(cohorts.Struggling).Concat(cohorts.InsufficientData).Concat(cohorts.Conflicts)
            .Concat(cohorts.Unassessed).Single();
        return (screening.Status, classified.Classification, classified.SuggestedRatio);
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
        IRoomEvent r when r.CaseId == caseId => (r.By, r.What, r.Why),
        OutcomeFigureCorrected f when f.CaseId == caseId => (f.CorrectedBy, $"{(f.From is null ? "gave" : "corrected")} " +
            $"{Figure(f.Figure, f.MetricKey)} {(f.From is { } from ? $"{from:0.####} -> " : "")}{f.To:0.####} ({Cited(f.Source)})", f.Reason),
        OutcomeMetricAdded m when m.CaseId == caseId =>
            (m.AddedBy, $"added outcome metric {m.MetricKey} \"{m.Definition}\" ({Cited(m.Source)})", m.Reason),
        ToleranceChanged t when changedConclusions =>
            (t.ChangedBy, $"tolerance changed {t.From:0.00#} -> {t.To:0.00#}", t.Reason),
        InclusionCriteriaChanged i when changedConclusions => (i.ChangedBy, "inclusion criteria changed", i.Reason),
        AchievementBasisChanged a when changedConclusions => (a.ChangedBy, $"achievement basis changed {a.From} -> {a.To}", a.Reason),
        _ => null,
    };

    private static string Verdict(ScreeningVerdict verdict, string? reason) =>
        verdict.ToString().ToLowerInvariant() + (reason is null ? "" : $" ({reason})");

    private static string Figure(string figure, string? metricKey) =>
        metricKey is null ? EvidenceFigure.Label(figure) : $"the {EvidenceFigure.Label(figure)} of metric {metricKey}";

    private static string Cited(EvidenceCitation c) => $"{c.DocumentId} \"{c.DocumentTitle}\", p. {c.Page}";

    private static string Ratio(decimal? ratio, string basis) =>
        ratio is { } r ? $"{r:0.####} of stated outcomes on {basis}" : "insufficient outcome data";
}
