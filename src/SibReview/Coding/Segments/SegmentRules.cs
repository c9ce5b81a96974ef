using SibReview.Accounts;
using SibReview.Documents.Texts;
using SibReview.Infrastructure;
using SibReview.Studies;
using TextSegments = SibReview.Documents.Texts.Segments;

namespace SibReview.Coding.Segments;

/// <summary>Checks the coding operations share; each returns the refusal a researcher can act on, or null.</summary>
public static class SegmentRules
{
    public const int MaxMemo = 4000;
    public const int MaxReason = 1000;

    /// <summary>
    /// The coder may work on the text version: they lead or code in the study, the version exists, and they have not
    /// submitted it (submitted work is closed, so agreement is computed on what was coded blind).
    /// </summary>
    public static Decision? MayWork(DocumentAtHand atHand, Actor actor) =>
        StudyRules.MustContribute(atHand.Study, actor)
        ?? MustHaveText(atHand)
        ?? (atHand.Coding.SubmissionOf(atHand.TextVersion) is { } submitted
            ? Decision.Invalid($"You submitted your coding of {Named(atHand)} on {submitted.SubmittedAt:yyyy-MM-dd HH:mm} UTC: it stays " +
                               "as submitted, so agreement is computed on what each coder coded blind. Nothing was recorded.")
            : null);

    public static Decision? MustHaveText(DocumentAtHand atHand) =>
        atHand.TextVersion < 1 ? Decision.Invalid($"textVersion must be 1 or more; got {atHand.TextVersion}.")
        : atHand.Text is null ? Decision.Reject(StatusCodes.Status404NotFound, $"There is no text version {atHand.TextVersion} of " +
            $"{atHand.Target.DocumentId} of case {atHand.Target.CaseId}; add the document's text first, or open a version it has.")
        : null;

    /// <summary>
    /// The coding, when the coder may touch it: they contribute to the study and it is their own (another coder's codings
    /// are in that coder's stream, never found here). A coding's span is closed once its text version is submitted; its
    /// memo is not, since a memo is a note about the coding, not a coding.
    /// </summary>
    public static (CodedSegment? Coding, Decision? Refusal) Own(DocumentAtHand atHand, Actor actor, string codingId, bool spanChanges)
    {
        if (StudyRules.MustContribute(atHand.Study, actor) is { } refused) return (null, refused);
        if (atHand.Coding.Find(codingId) is not { } coding)
            return (null, Decision.Reject(StatusCodes.Status404NotFound,
                $"You have no coding '{codingId}' on this document (removed, or made in another window?). Reload the workbench."));
        return (spanChanges ? MayWork(atHand, actor) : MustHaveText(atHand)) is { } closed ? (null, closed) : (coding, null);
    }

    public static Decision? SegmentProblem(DocumentText text, int start, int end, string? quote) =>
        TextSegments.Problem(text.Text, new Segment(start, end, quote ?? "")) is { } problem ? Decision.Invalid(problem) : null;

    public static string? MemoProblem(string? memo) =>
        memo?.Trim().Length > MaxMemo ? $"A memo has at most {MaxMemo} characters; this one has {memo.Trim().Length}." : null;

    public static string? ReasonProblem(string? reason) =>
        reason?.Trim().Length > MaxReason ? $"A reason has at most {MaxReason} characters; this one has {reason.Trim().Length}." : null;

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static string Named(DocumentAtHand atHand) =>
        $"{atHand.Target.DocumentId} (text version {atHand.TextVersion}) of case {atHand.Target.CaseId}";
}
