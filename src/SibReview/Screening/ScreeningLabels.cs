using SibReview.Agreement;

namespace SibReview.Screening;

/// <summary>
/// Screening decisions as raw labels for agreement: the unit is the case, the value the verdict. Only each coder's
/// first decision counts: it is the one made blind, while a revision may follow a look at the others' decisions
/// (revisions stay in the coder's history and decide the case's status, never the agreement reported).
/// </summary>
public static class ScreeningLabels
{
    public const string Name = "Screening decisions";
    public const string Source = "screening";

    public static readonly IReadOnlyList<LabelSource> Sources =
    [
        LabelSource.For<ScreeningDecisionRecorded>(e => Batch(e.StudyId, e.CaseId, e.Coder, e.Verdict, e.RecordedAt)),
    ];

    /// <summary>Label sets are documents shared by all studies, so each study's screening set has its own id.</summary>
    public static string SetId(string studyId) => $"screening/{studyId}";

    private static LabelBatch Batch(string studyId, string caseId, string coder, ScreeningVerdict verdict, DateTimeOffset at) =>
        new(new LabelSet(SetId(studyId), studyId, Name, Source, MeasurementLevel.Nominal), at,
            [new ImportedLabel(caseId, coder, verdict.ToString().ToLowerInvariant())]);
}
