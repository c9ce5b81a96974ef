using System.Text.RegularExpressions;
using SibReview.Documents;
using SibReview.Infrastructure;

namespace SibReview.Outcomes;

/// <summary>Checks the evidence operations share: a document of the case's register and its page, a plausible value, a reason.</summary>
public static partial class EvidenceRules
{
    public const int MaxDefinitionLength = 500;

    /// <summary>The document and page a figure was read at, or what is wrong with them. A page is "12" or a range "12-14".</summary>
    public static (EvidenceCitation? Citation, string? Problem) Cite(CaseDocuments register, string? documentId, string? page)
    {
        var listed = string.Join(", ", register.Documents.Select(d => d.Id));
        if (OutcomeRules.Clean(documentId) is not { } id)
            return (null, $"Name the document the figure comes from: one of the case's register ({listed}).");
        if (register.Find(id) is not { } document)
            return (null, $"{register.CaseId} has no document '{id}' in its register ({listed}); add the document to the register first.");
        if (PageOf(page) is not { } cited)
            return (null, $"Give the page the figure is on, as a number (12) or a range (12-14); got '{page}'.");
        return (new EvidenceCitation(document.Id, document.Title, cited), null);
    }

    /// <summary>"12" or "12-14" (an en dash and spaces are read too), pages counted from 1; null when it is neither.</summary>
    public static string? PageOf(string? page)
    {
        if (Page().Match(page ?? "") is not { Success: true } m) return null;
        var (first, last) = (int.Parse(m.Groups[1].Value), m.Groups[2].Success ? int.Parse(m.Groups[2].Value) : (int?)null);
        return first < 1 || last < first ? null : last is { } l && l != first ? $"{first}-{l}" : $"{first}";
    }

    /// <summary>Money and counts are never negative; a target and a maximum payment are divided by, so they are more than 0.</summary>
    public static string? ValueProblem(string figure, decimal? value) =>
        value is not { } v ? $"Give the {EvidenceFigure.Label(figure)} the document states."
        : v < 0m ? $"The {EvidenceFigure.Label(figure)} cannot be negative; got {v}."
        : v == 0m && figure is EvidenceFigure.Target or EvidenceFigure.MaxOutcomePayment
            ? $"The {EvidenceFigure.Label(figure)} must be more than 0: the ratio is divided by it."
        : null;

    /// <summary>A 409 when the evidence changed since the person read it (another entry came first).</summary>
    public static Decision? Stale(OutcomeCase atHand, long expectedVersion) => atHand.EvidenceVersion == expectedVersion ? null
        : Decision.Reject(StatusCodes.Status409Conflict, $"The evidence of {atHand.CaseId} has {atHand.EvidenceVersion} corrections and " +
            $"additions, not {expectedVersion}: someone changed it since you loaded it. Look at it again; nothing was recorded.");

    public static string? ReasonProblem(string? reason) =>
        OutcomeRules.Clean(reason) is not { } why ? "Give a reason: say what the document shows; it is kept with the evidence."
        : why.Length > OutcomeRules.MaxNoteLength ? $"A reason has at most {OutcomeRules.MaxNoteLength} characters; this one has {why.Length}."
        : null;

    [GeneratedRegex(@"^\s*(\d{1,6})\s*(?:[-–]\s*(\d{1,6}))?\s*$")]
    private static partial Regex Page();
}
