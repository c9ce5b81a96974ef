namespace SibReview.Outcomes;

/// <summary>One figure an evidence entry gives: its value before (null when there was none) and the value given.</summary>
public sealed record FigureChange(string Figure, decimal? From, decimal To);

/// <summary>
/// One correction or addition, as the evidence view lists it: Version counts the case's entries (1 for the first);
/// AddedMetric is the definition of a metric the entry added, null for a correction.
/// </summary>
public sealed record EvidenceEntry(
    long Version, string? MetricKey, string? AddedMetric, IReadOnlyList<FigureChange> Figures, EvidenceCitation Source,
    string Reason, string By, DateTimeOffset At);

/// <summary>
/// The coders' corrections and additions to one case's outcome evidence in one study, in order: the inline snapshot of the
/// stream <c>outcome-evidence/{studyId}/{caseId}</c> (its id), which views and decisions read and replay folds alike.
/// Evidence is shared fact-finding, not a blind judgement, so all coders of the study write to the one stream.
/// </summary>
public sealed record CaseEvidence(string Id, string StudyId, string CaseId, IReadOnlyList<EvidenceEntry> Entries)
{
    public static CaseEvidence Empty(string studyId, string caseId) => new(OutcomeStreams.Evidence(studyId, caseId), studyId, caseId, []);

    /// <summary>Keys of added metrics are never reused, so "added-2" names one metric throughout the history.</summary>
    public string NextMetricKey => $"added-{Entries.Count(e => e.AddedMetric is not null) + 1}";

    public static CaseEvidence Create(OutcomeFigureCorrected e) => Apply(e, Empty(e.StudyId, e.CaseId));

    public static CaseEvidence Create(OutcomeMetricAdded e) => Apply(e, Empty(e.StudyId, e.CaseId));

    public static CaseEvidence Apply(OutcomeFigureCorrected e, CaseEvidence evidence) =>
        evidence.With(e.MetricKey, null, [new FigureChange(e.Figure, e.From, e.To)], e.Source, e.Reason, e.CorrectedBy, e.CorrectedAt);

    public static CaseEvidence Apply(OutcomeMetricAdded e, CaseEvidence evidence) =>
        evidence.With(e.MetricKey, e.Definition, [.. Given(EvidenceFigure.Target, e.Target), .. Given(EvidenceFigure.Achieved, e.Achieved),
            .. Given(EvidenceFigure.MaximumPayment, e.MaximumPayment)], e.Source, e.Reason, e.AddedBy, e.AddedAt);

    /// <summary>One event of a study's log, for replay; events of other kinds leave the evidence as it is.</summary>
    public static CaseEvidence Fold(CaseEvidence evidence, object e) => e switch
    {
        OutcomeFigureCorrected c => Apply(c, evidence),
        OutcomeMetricAdded a => Apply(a, evidence),
        _ => evidence,
    };

    /// <summary>The events <see cref="CaseOf"/> routes (replay reads no others).</summary>
    public static readonly IReadOnlyList<Type> EventTypes = [typeof(OutcomeFigureCorrected), typeof(OutcomeMetricAdded)];

    /// <summary>The case an evidence event concerns; replay routes the raw log with it.</summary>
    public static (string StudyId, string CaseId)? CaseOf(object data) => data switch
    {
        OutcomeFigureCorrected c => (c.StudyId, c.CaseId),
        OutcomeMetricAdded a => (a.StudyId, a.CaseId),
        _ => null,
    };

    private static FigureChange[] Given(string figure, decimal? value) => value is { } v ? [new FigureChange(figure, null, v)] : [];

    private CaseEvidence With(string? metricKey, string? addedMetric, IReadOnlyList<FigureChange> figures, EvidenceCitation source,
        string reason, string by, DateTimeOffset at) =>
        this with { Entries = [.. Entries, new EvidenceEntry(Entries.Count + 1, metricKey, addedMetric, figures, source, reason, by, at)] };
}
