using SibReview.Agreement;
using SibReview.Coding.Codebook;
using SibReview.Coding.Judgements;
using SibReview.Outcomes;

namespace SibReview.Coding.Prevalence;

/// <summary>A theme as the prevalence view heads a column with it.</summary>
public sealed record PrevalenceTheme(int Number, string Name, string Colour);

/// <summary>
/// One cohort's cases on one theme: how many show it (present), how many do not (absent), how many the submitted coders
/// disagree on without a consensus, how many nobody has submitted a judgement of, and how many the viewer may not see yet.
/// Share is present over present and absent (null when neither): disagreements and unjudged cases are counted apart, never guessed.
/// </summary>
public sealed record CohortPrevalence(int Cases, int Present, int Absent, int Disagreements, int Unjudged, int Hidden)
{
    public double? Share => Present + Absent == 0 ? null : (double)Present / (Present + Absent);
}

/// <summary>
/// Fisher's exact test on the theme-by-cohort table (successful and struggling cases, present and absent): the two-sided
/// p-value, the conditional maximum-likelihood odds ratio and its exact 95% interval (R's fisher.test). An infinite odds
/// ratio or upper bound is null, with a note saying so; nothing is NaN.
/// </summary>
public sealed record FisherSummary(double PValue, double? OddsRatio, double? Lower, double? Upper, IReadOnlyList<string> Notes)
{
    public const string InfinityNote = "+∞ is given as null";

    public static FisherSummary Of(ThemeByCohortTable table)
    {
        var result = FisherExactTest.Compute(table);
        var (odds, interval) = (result.ConditionalOddsRatio, result.ConfidenceInterval);
        var infinite = double.IsPositiveInfinity(odds ?? 0) || double.IsPositiveInfinity(interval.Upper);
        return new FisherSummary(result.PValueTwoSided, Finite(odds), Finite(interval.Lower), Finite(interval.Upper),
            infinite ? [.. result.Notes, InfinityNote] : result.Notes);
    }

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}

/// <summary>One theme's prevalence in the successful and the struggling cohort, and Fisher's test of the difference.</summary>
public sealed record ThemeCohortPrevalence(int Theme, string Name, CohortPrevalence Successful, CohortPrevalence Struggling, FisherSummary Fisher);

/// <summary>
/// One row of the heatmap: a case, its classification under the tolerance and its cell per theme. MyProgress is the viewer's
/// own judging of the case (not-started, in-progress, submitted), null without a viewer.
/// </summary>
public sealed record HeatmapCase(string CaseId, string Name, string Classification, string? MyProgress, IReadOnlyList<ThemeVerdict> Cells);

/// <summary>
/// Theme prevalence by cohort: per active theme, the successful and struggling cases judged to show it, with Fisher's test;
/// and the heatmap of the included cases (successful, struggling, then the others) by theme.
/// </summary>
public sealed record ThemePrevalence(
    string StudyId, decimal Tolerance, int CodebookVersion, IReadOnlyList<PrevalenceTheme> Themes, IReadOnlyList<ThemeCohortPrevalence> Rows,
    IReadOnlyList<HeatmapCase> Cases)
{
    public const string NotStarted = "not-started", InProgress = "in-progress", Submitted = "submitted";

    /// <summary>
    /// Pure (principle 1): the live view calls it with the cohorts under the study's tolerance, replay with the cohorts
    /// under another. A case shows a theme when its submitted coders agree it does, or the lead's consensus says so. A
    /// viewer sees what <see cref="CaseJudgements.Reveals"/> allows (a case they are blind to is hidden); no viewer (the
    /// command line) sees everything submitted.
    /// </summary>
    public static ThemePrevalence Of(StudyCodebook codebook, OutcomeCohorts cohorts, IReadOnlyDictionary<string, CaseJudgements> judgements,
        OutcomeViewer? viewer)
    {
        var themes = codebook.Active.OrderBy(t => t.Number).Select(t => new PrevalenceTheme(t.Number, t.Name, t.Colour)).ToList();
        (string Classification, IReadOnlyList<CohortCase> Cases)[] ordered =
        [
            (Classification.Successful, cohorts.Successful), (Classification.Struggling, cohorts.Struggling),
            (Classification.InsufficientData, cohorts.InsufficientData), (Classification.Conflict, cohorts.Conflicts),
            (Classification.Unassessed, cohorts.Unassessed),
        ];
        var cases = ordered.SelectMany(cohort => cohort.Cases.Select(c =>
        {
            var judged = judgements.GetValueOrDefault(c.CaseId);
            var sees = judged is null || viewer is null || judged.Reveals(viewer.UserName, viewer.Role);
            return new HeatmapCase(c.CaseId, c.Name, cohort.Classification, viewer is null ? null : ProgressOf(judged?.Of(viewer.UserName)),
                [.. themes.Select(t => Cell(judged, t.Number, sees))]);
        })).ToList();
        var rows = themes.Select(t =>
        {
            var (successful, struggling) = (Count(cases, Classification.Successful, t.Number), Count(cases, Classification.Struggling, t.Number));
            return new ThemeCohortPrevalence(t.Number, t.Name, successful, struggling, FisherSummary.Of(new ThemeByCohortTable(
                successful.Present, successful.Absent, struggling.Present, struggling.Absent)));
        }).ToList();
        return new ThemePrevalence(cohorts.StudyId, cohorts.Tolerance, codebook.Version, themes, rows, cases);
    }

    /// <summary>What one case shows on one theme as the viewer may see it.</summary>
    private static ThemeVerdict Cell(CaseJudgements? judged, int theme, bool sees) =>
        judged is null ? new ThemeVerdict(theme, ThemeState.Unjudged, false)
        : !sees ? new ThemeVerdict(theme, ThemeState.Hidden, false)
        : judged.VerdictOn(theme);

    private static CohortPrevalence Count(List<HeatmapCase> cases, string classification, int theme)
    {
        var states = cases.Where(c => c.Classification == classification).Select(c => c.Cells.Single(x => x.Theme == theme).State).ToList();
        int Of(string state) => states.Count(s => s == state);
        return new CohortPrevalence(states.Count, Of(ThemeState.Present), Of(ThemeState.Absent), Of(ThemeState.Disagreement),
            Of(ThemeState.Unjudged), Of(ThemeState.Hidden));
    }

    private static string ProgressOf(CoderJudgements? mine) =>
        mine is null ? NotStarted : mine.Submitted ? Submitted : InProgress;
}
