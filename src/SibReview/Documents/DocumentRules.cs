using SibReview.Infrastructure;

namespace SibReview.Documents;

/// <summary>Checks the register's operations share; each returns a problem a researcher can act on, or null.</summary>
public static class DocumentRules
{
    public const int MaxTitle = 500;
    public const int MaxNotes = 4000;

    public static Decision? Refused(params string?[] problems) =>
        problems.FirstOrDefault(p => p is not null) is { } problem ? Decision.Invalid(problem) : null;

    public static Decision? UnknownDocument(CaseDocuments register, string documentId) =>
        register.Find(documentId) is null
            ? Decision.Reject(StatusCodes.Status404NotFound,
                $"Case {register.CaseId} has no document '{documentId}'; its documents are {string.Join(", ", register.Documents.Select(d => d.Id))}.")
            : null;

    public static string? TitleProblem(string? title) =>
        string.IsNullOrWhiteSpace(title) ? "Give the document a title."
        : title.Trim().Length > MaxTitle ? $"A document title has at most {MaxTitle} characters; this one has {title.Trim().Length}."
        : null;

    public static string? TypeProblem(string? type) => DocumentTypes.Parse(type) is null ? DocumentTypes.TypeProblem(type) : null;

    public static string? NotesProblem(string? notes) =>
        notes?.Trim().Length > MaxNotes ? $"Notes have at most {MaxNotes} characters; these have {notes.Trim().Length}." : null;

    public static string? ReasonProblem(string? reason) => string.IsNullOrWhiteSpace(reason)
        ? "Give a reason (e.g. \"the same report, cited under two titles\"): it is recorded with the change for the audit trail."
        : null;

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
