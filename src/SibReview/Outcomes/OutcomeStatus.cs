using SibReview.Studies;

namespace SibReview.Outcomes;

/// <summary>A coder's latest assessment of a case; Version counts their assessments of it (1 until they reassess).</summary>
public sealed record CoderAssessment(
    string Coder, string Basis, string? Rule, decimal? Ratio, decimal? SuggestedRatio, string? OverrideReason, bool InsufficientData,
    string? Reason, string? Note, DateTimeOffset At, long Version)
{
    public string ClassificationUnder(decimal tolerance) => Classification.Of(Ratio, InsufficientData, tolerance);
}

/// <summary>The lead's latest consensus on a case's achievement; Version counts the consensus decisions on it.</summary>
public sealed record OutcomeConsensus(string Basis, decimal? Ratio, bool InsufficientData, string Reason, string By, DateTimeOffset At,
    long Version);

/// <summary>
/// One case's outcome assessment in one study (id <c>{studyId}/{caseId}</c>), folded from every coder's assessment stream
/// and the consensus stream. It holds facts only: the classification depends on the tolerance, so it is derived on read.
/// </summary>
public sealed record OutcomeStatus(
    string Id, string StudyId, string CaseId, IReadOnlyList<CoderAssessment> Assessments, OutcomeConsensus? Consensus)
{
    public static string IdOf(string studyId, string caseId) => $"{studyId}/{caseId}";

    public static OutcomeStatus Unassessed(string studyId, string caseId) => new(IdOf(studyId, caseId), studyId, caseId, [], null);

    public CoderAssessment? AssessmentOf(string coder) => Assessments.FirstOrDefault(a => a.Coder == coder);

    /// <summary>The coders' common classification under the tolerance, or a conflict when they differ.</summary>
    public string ByAssessments(decimal tolerance) =>
        Assessments.Select(a => a.ClassificationUnder(tolerance)).Distinct().ToList() switch
        {
            [] => Classification.Unassessed,
            [var common] => common,
            _ => Classification.Conflict,
        };

    /// <summary>A consensus settles the case; otherwise the coders' assessments do.</summary>
    public string ClassificationUnder(decimal tolerance) => Consensus is { } c
        ? Classification.Of(c.Ratio, c.InsufficientData, tolerance)
        : ByAssessments(tolerance);

    /// <summary>The consensus ratio, else the mean of the coders' ratios (where they gave one).</summary>
    public decimal? Ratio => Consensus is { } c ? c.Ratio
        : Assessments.Where(a => a.Ratio is not null).Select(a => a.Ratio!.Value).ToList() is { Count: > 0 } ratios
            ? Achievement.Round(ratios.Average()) : null;

    /// <summary>The consensus basis, else the coders' basis when they share one.</summary>
    public string? Basis => Consensus?.Basis ?? (Assessments.Select(a => a.Basis).Distinct().ToList() is [var one] ? one : null);

    /// <summary>
    /// Blind assessment: a coder sees the others' assessments (and so the case's classification) only once they have
    /// assessed it themselves; the lead, who settles conflicts, and observers always do.
    /// </summary>
    public bool Reveals(string viewer, StudyRole role) =>
        Assessments.Count == 0 || role is StudyRole.Lead or StudyRole.Observer || AssessmentOf(viewer) is not null;

    public static OutcomeStatus Fold(OutcomeStatus status, object e) => e switch
    {
        AchievementAssessed a => status.With(new CoderAssessment(a.Coder, a.Basis, a.Rule, a.Ratio, a.SuggestedRatio,
            a.OverrideReason, a.InsufficientData, a.Reason, a.Note, a.AssessedAt, 1)),
        AchievementReassessed r => status.With(new CoderAssessment(r.Coder, r.Basis, r.Rule, r.Ratio, r.SuggestedRatio,
            r.OverrideReason, r.InsufficientData, r.Reason, r.Note, r.ReassessedAt, (status.AssessmentOf(r.Coder)?.Version ?? 0) + 1)),
        OutcomeConsensusRecorded c => status with
        {
            Consensus = new OutcomeConsensus(c.Basis, c.Ratio, c.InsufficientData, c.Reason, c.RecordedBy, c.RecordedAt,
                (status.Consensus?.Version ?? 0) + 1),
        },
        _ => status,
    };

    private OutcomeStatus With(CoderAssessment assessment) => this with
    {
        Assessments = [.. Assessments.Where(a => a.Coder != assessment.Coder).Append(assessment).OrderBy(a => a.Coder, StringComparer.Ordinal)],
    };
}
