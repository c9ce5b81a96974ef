using SibReview.Studies;

namespace SibReview.Reconciliation;

/// <summary>
/// The study's rule for when a room has agreed: every coder involved in the disagreement endorses the open proposal
/// (its author's proposal counts as their endorsement), or the lead decides by endorsing it.
/// </summary>
public static class RoomRules
{
    public const string AllCodersEndorsed = "every involved coder endorsed it";
    public const string LeadDecided = "the lead decided";
    public const int MaxTextLength = 2000;

    /// <summary>Which way the proposal is agreed, or null while it is not.</summary>
    public static string? AgreedBy(RoomProposal proposal, IReadOnlyList<string> involvedCoders, Study study) =>
        proposal.Stances.Any(s => s.Endorses && !s.AsProposer && study.RoleOf(s.By) == StudyRole.Lead) ? LeadDecided
        : involvedCoders.Count > 0 && involvedCoders.All(c => proposal.StanceOf(c)?.Endorses == true) ? AllCodersEndorsed
        : null;

    public static string? TextProblem(string? text, string what) =>
        string.IsNullOrWhiteSpace(text) ? $"Write {what}: it is what the others in the room will read."
        : text.Trim().Length > MaxTextLength ? $"{what} has at most {MaxTextLength} characters; this one has {text.Trim().Length}."
        : null;
}
