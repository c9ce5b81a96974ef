using SibReview.Live;

namespace SibReview.Screening;

public enum ScreeningVerdict
{
    Include,
    Exclude,
    Unsure,
}

/// <summary>One coder asked to screen one case.</summary>
public sealed record ScreeningAssignment(string CaseId, string Coder);

/// <summary>The lead asked coders to screen cases (stream <c>screening-plan/{studyId}</c>).</summary>
public sealed record CasesAssignedForScreening(
    string StudyId, IReadOnlyList<ScreeningAssignment> Assignments, string AssignedBy, DateTimeOffset AssignedAt) : IStudyEvent;

/// <summary>A coder's first, blind decision on a case (stream <c>screening/{studyId}/{caseId}/{coder}</c>).</summary>
public sealed record ScreeningDecisionRecorded(
    string StudyId, string CaseId, string Coder, ScreeningVerdict Verdict, string? Reason, string? Note,
    DateTimeOffset RecordedAt) : IStudyEvent;

/// <summary>A coder changed their decision on a case; the earlier decision stays in their stream.</summary>
public sealed record ScreeningDecisionRevised(
    string StudyId, string CaseId, string Coder, ScreeningVerdict PreviousVerdict, ScreeningVerdict Verdict, string? Reason,
    string? Note, string RevisionReason, DateTimeOffset RevisedAt) : IStudyEvent;

/// <summary>
/// A conflict settled (stream <c>screening-consensus/{studyId}/{caseId}</c>) by the lead, or by a reconciliation room whose
/// stream Room names; a later one supersedes it.
/// </summary>
public sealed record ScreeningConsensusRecorded(
    string StudyId, string CaseId, ScreeningVerdict Verdict, string? Reason, string? Note, string RecordedBy,
    DateTimeOffset RecordedAt, string? Room = null) : IStudyEvent;
