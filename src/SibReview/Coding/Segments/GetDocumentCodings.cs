using System.Security.Claims;
using Marten;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Coding.Segments;

/// <summary>One coder's work on a text version: codings in text order, the document memo, when it was submitted.</summary>
public sealed record CoderWork(string Coder, IReadOnlyList<CodedSegment> Codings, string? Memo, DateTimeOffset? SubmittedAt)
{
    public static CoderWork Of(DocumentCoding? coding, string coder, int textVersion) => new(coder,
        coding?.On(textVersion).OrderBy(c => c.Start).ThenBy(c => c.End).ToList() ?? [], coding?.MemoOn(textVersion),
        coding?.SubmissionOf(textVersion)?.SubmittedAt);
}

/// <summary>
/// The workbench's view of a text version. Version is the viewer's document stream version (the expectedVersion of their
/// next act). Others holds the other coders' submitted work when the viewer may see it; OthersSubmitted counts them either way.
/// </summary>
public sealed record DocumentCodingsView(
    string StudyId, string CaseId, string DocumentId, string DocumentTitle, int TextVersion, int LatestTextVersion, StudyRole MyRole,
    bool CanCode, long Version, CoderWork Mine, bool OthersHidden, int OthersSubmitted, IReadOnlyList<CoderWork> Others);

public static class GetDocumentCodingsEndpoint
{
    [WolverineGet("/api/studies/{id}/cases/{caseId}/documents/{documentId}/codings", OperationId = "getDocumentCodings")]
    public static async Task<IResult> Get(string id, string caseId, string documentId, int? textVersion, ClaimsPrincipal user,
        IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var (read, problem) = await DocumentOnRead.ReadAsync(session, id, caseId, documentId, textVersion, user, clock.GetUtcNow(), ct);
        if (read is null) return problem!;
        var (me, version) = (read.Viewer.UserName, read.TextVersion);
        var others = read.Submitted.Where(c => c.Coder != me).ToList();
        // The stream's own version: it also counts acts the view does not fold, such as rejected suggestions.
        var streamVersion = (await session.Events.FetchStreamStateAsync(CodingStreams.Document(id, caseId, documentId, me), ct))?.Version ?? 0;
        return Results.Ok(new DocumentCodingsView(id, caseId, documentId, read.Title, version, read.LatestTextVersion, read.Viewer.Role,
            read.Viewer.Role is StudyRole.Lead or StudyRole.Coder, streamVersion, CoderWork.Of(read.Mine, me, version),
            !read.RevealsOthers, others.Count, read.RevealsOthers ? others.Select(c => CoderWork.Of(c, c.Coder, version)).ToList() : []));
    }
}
