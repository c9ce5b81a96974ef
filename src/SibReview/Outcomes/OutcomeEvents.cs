using SibReview.Live;

namespace SibReview.Outcomes;

/// <summary>
/// A coder's first, blind assessment of a case's achievement (stream <c>assessment/{studyId}/{caseId}/{coder}</c>): the
/// ratio they confirmed or overrode (null when they found insufficient outcome data), beside the ratio SibReview suggested.
/// Rule is how metrics were combined (null on the payments basis).
/// </summary>
public sealed record AchievementAssessed(
    string StudyId, string CaseId, string Coder, string Basis, string? Rule, decimal? Ratio, decimal? SuggestedRatio,
    string? OverrideReason, bool InsufficientData, string? Reason, string? Note, DateTimeOffset AssessedAt) : IStudyEvent;

/// <summary>A coder changed their assessment; the earlier one stays in their stream.</summary>
public sealed record AchievementReassessed(
    string StudyId, string CaseId, string Coder, string Basis, string? Rule, decimal? Ratio, decimal? SuggestedRatio,
    string? OverrideReason, bool InsufficientData, string? Reason, string? Note, string RevisionReason, DateTimeOffset ReassessedAt)
    : IStudyEvent;

/// <summary>
/// The case's achievement settled (stream <c>outcome-consensus/{studyId}/{caseId}</c>) by the lead, or by a reconciliation
/// room whose stream Room names; a later one supersedes it.
/// </summary>
public sealed record OutcomeConsensusRecorded(
    string StudyId, string CaseId, string Basis, decimal? Ratio, bool InsufficientData, string Reason, string RecordedBy,
    DateTimeOffset RecordedAt, string? Room = null) : IStudyEvent;
