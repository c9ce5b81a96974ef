using SibReview.Live;

namespace SibReview.Outcomes;

/// <summary>Where a coder read a figure: a document of the case's register (its title as it was then) and the page or pages.</summary>
public sealed record EvidenceCitation(string DocumentId, string DocumentTitle, string Page);

/// <summary>
/// A coder gave one figure of a case's outcome evidence from a document (stream <c>outcome-evidence/{studyId}/{caseId}</c>):
/// a correction of INDIGO's value or of an earlier correction, or a value INDIGO lacks (From null). MetricKey names the
/// metric for a metric's figures and is null for payments.
/// </summary>
public sealed record OutcomeFigureCorrected(
    string StudyId, string CaseId, string? MetricKey, string Figure, decimal? From, decimal To, EvidenceCitation Source,
    string Reason, string CorrectedBy, DateTimeOffset CorrectedAt) : IStudyEvent;

/// <summary>A coder added an outcome metric INDIGO does not list, with the figures a document gives for it.</summary>
public sealed record OutcomeMetricAdded(
    string StudyId, string CaseId, string MetricKey, string Definition, decimal? Target, decimal? Achieved, decimal? MaximumPayment,
    EvidenceCitation Source, string Reason, string AddedBy, DateTimeOffset AddedAt) : IStudyEvent;
