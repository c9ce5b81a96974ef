using SibReview.Studies;

namespace SibReview.Outcomes;

public sealed record CohortCase(
    string CaseId, string Name, decimal? Ratio, string? Basis, string Classification, decimal? SuggestedRatio, PaymentEvidence Evidence);

public sealed record CohortCounts(int Successful, int Struggling, int InsufficientData, int Conflicts, int Unassessed);

/// <summary>
/// An included case as the cohorts see it: its evidence (INDIGO's figures as the coders corrected them, which every member
/// may see) and its status; Visible is false while the viewer is blind to its assessments.
/// </summary>
public sealed record IncludedCase(string CaseId, string Name, OutcomeFigures Figures, OutcomeStatus Status, bool Visible);

/// <summary>The study's included cases grouped by their classification under a tolerance; SuggestedRatio is under the study's basis.</summary>
public sealed record OutcomeCohorts(
    string StudyId, decimal Tolerance, AchievementSetting Achievement, CohortCounts Counts, IReadOnlyList<CohortCase> Successful,
    IReadOnlyList<CohortCase> Struggling, IReadOnlyList<CohortCase> InsufficientData, IReadOnlyList<CohortCase> Conflicts,
    IReadOnlyList<CohortCase> Unassessed)
{
    /// <summary>
    /// Pure: the live view calls it with the study's tolerance, replay with another. A case the viewer is blind to counts
    /// as unassessed and shows nothing of the others' work, only the evidence.
    /// </summary>
    public static OutcomeCohorts Of(string studyId, decimal tolerance, AchievementSetting achievement, IEnumerable<IncludedCase> cases)
    {
        var items = cases.Select(c => Item(c, tolerance, achievement))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.CaseId, StringComparer.Ordinal)
            .ToLookup(c => c.Classification);
        IReadOnlyList<CohortCase> In(string classification) => [.. items[classification]];
        var (successful, struggling, insufficient, conflicts, unassessed) = (In(Classification.Successful), In(Classification.Struggling),
            In(Classification.InsufficientData), In(Classification.Conflict), In(Classification.Unassessed));
        return new OutcomeCohorts(studyId, tolerance, achievement, new CohortCounts(successful.Count, struggling.Count, insufficient.Count,
            conflicts.Count, unassessed.Count), successful, struggling, insufficient, conflicts, unassessed);
    }

    private static CohortCase Item(IncludedCase c, decimal tolerance, AchievementSetting achievement)
    {
        var suggested = Outcomes.Achievement.Suggest(c.Figures, achievement);
        return c.Visible
            ? new CohortCase(c.CaseId, c.Name, c.Status.Ratio, c.Status.Basis, c.Status.ClassificationUnder(tolerance), suggested,
                c.Figures.Payments)
            : new CohortCase(c.CaseId, c.Name, null, null, Classification.Unassessed, suggested, c.Figures.Payments);
    }
}
