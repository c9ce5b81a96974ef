using SibReview.Agreement;

namespace SibReview.Coding.Judgements;

/// <summary>
/// Case-level theme judgements as raw labels for agreement, nominal (present or absent), in two ways a reviewer asks for:
/// per theme (the unit is the case) and over all themes at once (the unit is the case and theme). Only each coder's first
/// judgement of a theme counts, and only when made before the coder submitted the case: it is the one made blind, while a
/// revision, or a first judgement of a theme added to the codebook after the coder submitted, may follow a look at the
/// others' submitted judgements (these stay in the coder's history and decide what the case shows, never the agreement
/// reported).
/// </summary>
public static class JudgementLabels
{
    public const string AllThemesName = "Case-level theme judgements (all themes)";

    public static readonly IReadOnlyList<LabelSource> Sources =
    [
        LabelSource.ForEach<ThemeJudged>(e => e.AfterSubmission ? [] :
        [
            Batch(new LabelSet(ThemeSetId(e.StudyId, e.Theme), e.StudyId, ThemeName(e.Theme), Source, MeasurementLevel.Nominal), e, e.CaseId),
            Batch(new LabelSet(AllThemesSetId(e.StudyId), e.StudyId, AllThemesName, Source, MeasurementLevel.Nominal), e,
                $"{e.CaseId} theme {e.Theme}"),
        ]),
    ];

    public const string Source = "judgements";

    /// <summary>Label sets are documents shared by all studies, so each study's sets have their own ids.</summary>
    public static string AllThemesSetId(string studyId) => $"judgements/{studyId}";

    public static string ThemeSetId(string studyId, int theme) => $"judgements/{studyId}/theme-{theme}";

    public static string ThemeName(int theme) => $"Case-level theme judgements (theme {theme})";

    /// <summary>The case a unit of either set is about: the case itself, or "{case} theme {n}" (case ids hold no space).</summary>
    public static string CaseOf(string unit) => unit.Split(' ')[0];

    private static LabelBatch Batch(LabelSet set, ThemeJudged e, string unit) =>
        new(set, e.JudgedAt, [new ImportedLabel(unit, e.Coder, e.Present ? ThemeState.Present : ThemeState.Absent)]);
}
