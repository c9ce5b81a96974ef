using System.Globalization;
using SibReview.Agreement;

namespace SibReview.Outcomes;

/// <summary>
/// Achievement ratios as raw labels for agreement, at the interval level: the unit is the case, the value the coder's
/// first, blind ratio (to 4 decimals). Labels are facts, so no classification is stored: it depends on the tolerance.
/// "Insufficient outcome data" is a missing value: an interval set holds numbers only, and one word would void the whole set.
/// </summary>
public static class OutcomeLabels
{
    public const string Name = "Achievement ratios";
    public const string Source = "outcomes";

    public static readonly IReadOnlyList<LabelSource> Sources =
    [
        LabelSource.For<AchievementAssessed>(e => new LabelBatch(
            new LabelSet(SetId(e.StudyId), e.StudyId, Name, Source, MeasurementLevel.Interval), e.AssessedAt,
            [new ImportedLabel(e.CaseId, e.Coder,
                e.InsufficientData || e.Ratio is null ? null : Achievement.Round(e.Ratio.Value).ToString("0.0000", CultureInfo.InvariantCulture))])),
    ];

    /// <summary>Label sets are documents shared by all studies, so each study's outcome set has its own id.</summary>
    public static string SetId(string studyId) => $"outcomes/{studyId}";
}
