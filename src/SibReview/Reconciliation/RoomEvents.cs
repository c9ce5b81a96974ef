using SibReview.Live;

namespace SibReview.Reconciliation;

/// <summary>
/// A participant's act in a reconciliation room (stream <see cref="RoomStreams.Of"/>): who, when, on which item and case.
/// What and Why are how the case's audit timeline and the audit export tell it.
/// </summary>
public interface IRoomEvent : IStudyEvent
{
    string ItemId { get; }
    string CaseId { get; }
    string By { get; }
    DateTimeOffset At { get; }
    string What { get; }
    string? Why { get; }
}

/// <summary>
/// What a participant proposes the item be settled as, in the vocabulary of its kind (see each kind's Choices); Start and
/// End name a span of the item's passage, for a passage's kind.
/// </summary>
public sealed record ProposedResolution(string Choice, decimal? Ratio, string? Reason, int? Start = null, int? End = null)
{
    public override string ToString() =>
        Choice + (Ratio is { } r ? $" {r:0.####}" : "") + (Start is { } s && End is { } e ? $", span {s}-{e}" : "") +
        (Reason is { } why ? $" ({why})" : "");
}

public sealed record RoomCommentPosted(string StudyId, string ItemId, string CaseId, string By, string Text, DateTimeOffset At)
    : IRoomEvent
{
    public string What => "commented in the reconciliation room";
    public string? Why => Text;
}

/// <summary>A proposal supersedes every earlier open one in the room; Text is the argument for it.</summary>
public sealed record ResolutionProposed(
    string StudyId, string ItemId, string CaseId, string ProposalId, ProposedResolution Resolution, string Text, string By,
    DateTimeOffset At) : IRoomEvent
{
    public string What => $"proposed in the reconciliation room: {Resolution}";
    public string? Why => Text;
}

public sealed record ProposalEndorsed(string StudyId, string ItemId, string CaseId, string ProposalId, string By, DateTimeOffset At)
    : IRoomEvent
{
    public string What => $"endorsed proposal {ProposalId}";
    public string? Why => null;
}

public sealed record ProposalObjected(
    string StudyId, string ItemId, string CaseId, string ProposalId, string Reason, string By, DateTimeOffset At) : IRoomEvent
{
    public string What => $"objected to proposal {ProposalId}";
    public string? Why => Reason;
}

/// <summary>
/// The room agreed on a proposal, by the study's rule (Rule says which way: every involved coder endorsed it, or the lead
/// decided). Its consensus decision is recorded in the same transaction on the kind's consensus stream, naming this room.
/// </summary>
public sealed record ResolutionAgreed(
    string StudyId, string ItemId, string CaseId, string ProposalId, ProposedResolution Resolution, string Rule, string By,
    DateTimeOffset At) : IRoomEvent
{
    public string What => $"reconciliation agreed: {Resolution} ({Rule})";
    public string? Why => null;
}
