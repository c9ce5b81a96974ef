using System.Security.Claims;
using Marten;
using SibReview.Documents;
using SibReview.Infrastructure;
using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Coding.Segments;

/// <summary>
/// A member reading the codings of one text version of a document, and so what of them they may see. Blind coding: a
/// coder's unsubmitted work is never shown to anyone else, the lead included. Other coders' submitted work is shown to
/// a coder who has submitted the version themselves, and to the lead and observers, unless the lead has unsubmitted
/// work of their own on it (a lead who codes is blind like any coder, as in screening).
/// </summary>
public sealed record DocumentOnRead(
    ScreeningViewer Viewer, string CaseId, string DocumentId, string Title, int TextVersion, int LatestTextVersion, int TextLength,
    IReadOnlyList<DocumentCoding> Codings)
{
    public DocumentCoding? Mine => Codings.FirstOrDefault(c => c.Coder == Viewer.UserName);

    public bool RevealsOthers => Reveals(Viewer, Mine, TextVersion);

    /// <summary>
    /// Whether the viewer, whose own work on the document is <paramref name="mine"/>, may see others' submitted work on the version.
    /// </summary>
    public static bool Reveals(ScreeningViewer viewer, DocumentCoding? mine, int textVersion) =>
        mine?.SubmissionOf(textVersion) is not null
        || (viewer.Role is StudyRole.Lead or StudyRole.Observer && mine?.HasWorkOn(textVersion) != true);

    /// <summary>Every coder's work that counts: submitted on this version. Whether the viewer may see it is <see cref="RevealsOthers"/>.</summary>
    public IReadOnlyList<DocumentCoding> Submitted =>
        Codings.Where(c => c.SubmissionOf(TextVersion) is not null).OrderBy(c => c.Coder, StringComparer.Ordinal).ToList();

    /// <summary>The document's text version (null: the latest) as the member may read it, or the problem why not.</summary>
    public static async Task<(DocumentOnRead? Read, IResult? Problem)> ReadAsync(IQuerySession session, string studyId, string caseId,
        string documentId, int? textVersion, ClaimsPrincipal user, DateTimeOffset now, CancellationToken ct)
    {
        if (await ScreeningViewer.LoadAsync(session, studyId, user, ct) is not { } viewer) return (null, ScreeningViewer.NotAMember(studyId));
        if (await DocumentQueries.RegisterOrSuggestionAsync(session, caseId, now, ct) is not var (register, _))
            return (null, DocumentQueries.UnknownCase(caseId));
        if (DocumentRules.UnknownDocument(register, documentId) is { Rejection: { } unknown }) return (null, unknown.ToResult());
        var texts = register.TextsOf(documentId);
        if (texts.Count == 0)
            return (null, Problems.NotFound($"{documentId} of case {caseId} has no text yet; add its text on the case's documents page to code it."));
        if ((textVersion is null ? texts[^1] : texts.FirstOrDefault(t => t.TextVersion == textVersion)) is not { } text)
            return (null, Problems.NotFound($"{documentId} of case {caseId} has no text version {textVersion}; its versions are 1 to {texts.Count}."));
        var codings = await session.Query<DocumentCoding>()
            .Where(c => c.StudyId == studyId && c.CaseId == caseId && c.DocumentId == documentId).ToListAsync(ct);
        return (new DocumentOnRead(viewer, caseId, documentId, register.Find(documentId)!.Title, text.TextVersion, texts.Count,
            text.Length, codings), null);
    }
}
