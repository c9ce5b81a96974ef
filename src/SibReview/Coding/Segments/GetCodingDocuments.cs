using System.Security.Claims;
using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Documents;
using SibReview.Outcomes;
using SibReview.Screening;
using Wolverine.Http;

namespace SibReview.Coding.Segments;

/// <summary>A document with text of an included case, at its latest text version, and where the viewer's coding of it stands.</summary>
public sealed record DocumentToCode(
    string CaseId, string CaseName, string DocumentId, string Title, int TextVersion, int MyCodings, bool SubmittedByMe, int SubmittedBy);

public static class GetCodingDocumentsEndpoint
{
    /// <summary>The study's included cases' documents that have text: what its coders code. A coder still to screen a case is
    /// not told it is included (blind screening).</summary>
    [WolverineGet("/api/studies/{id}/coding/documents", OperationId = "getCodingDocuments")]
    public static async Task<IResult> Get(string id, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        if (await ScreeningViewer.LoadAsync(session, id, user, ct) is not { } viewer) return ScreeningViewer.NotAMember(id);
        var included = (await ScreeningViewer.StatusesAsync(session, id, ct))
            .Where(s => s.Included && OutcomeViewer.Of(viewer).SeesInclusionOf(s)).Select(s => s.CaseId).ToList();
        var registers = await session.LoadManyAsync<CaseDocuments>(ct, included.Select(DocumentRegister.Key));
        var names = (await session.LoadManyAsync<CatalogueEntry>(ct, included)).ToDictionary(e => e.Id, e => e.Summary.Name);
        var codings = (await session.Query<DocumentCoding>().Where(c => c.StudyId == id).ToListAsync(ct))
            .ToLookup(c => (c.CaseId, c.DocumentId));
        return Results.Ok(registers.OrderBy(r => names[r.CaseId], StringComparer.OrdinalIgnoreCase).SelectMany(r => r.Documents
            .Where(d => r.TextsOf(d.Id).Count > 0).Select(d =>
            {
                var (version, work) = (r.TextsOf(d.Id).Count, codings[(r.CaseId, d.Id)].ToList());
                var mine = work.FirstOrDefault(c => c.Coder == viewer.UserName);
                return new DocumentToCode(r.CaseId, names[r.CaseId], d.Id, d.Title, version, mine?.On(version).Count() ?? 0,
                    mine?.SubmissionOf(version) is not null, work.Count(c => c.SubmissionOf(version) is not null));
            })).ToList());
    }
}
