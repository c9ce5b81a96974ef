using System.Security.Claims;
using Marten;
using SibReview.Coding.Codebook;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Coding.Segments;

/// <summary>
/// Segment agreement on a text version between every pair of coders who submitted it (Coders, in name order), for each
/// active theme and each retired theme someone coded; offsets and TextLength count UTF-16 code units.
/// </summary>
public sealed record SegmentAgreementView(
    string StudyId, string CaseId, string DocumentId, int TextVersion, int TextLength, IReadOnlyList<string> Coders,
    IReadOnlyList<int> Themes, IReadOnlyList<CoderPairAgreement> Pairs);

public static class GetSegmentAgreementEndpoint
{
    [WolverineGet("/api/studies/{id}/cases/{caseId}/documents/{documentId}/agreement", OperationId = "getSegmentAgreement")]
    public static async Task<IResult> Get(string id, string caseId, string documentId, int? textVersion, ClaimsPrincipal user,
        IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var (read, problem) = await DocumentOnRead.ReadAsync(session, id, caseId, documentId, textVersion, user, clock.GetUtcNow(), ct);
        if (read is null) return problem!;
        if (!read.RevealsOthers)
            return Problems.Forbidden($"Segment agreement compares the coders' submitted codings, which stay hidden from you until you " +
                                      $"submit your own coding of {documentId} (text version {read.TextVersion}).");
        var submitted = read.Submitted.Select(c => CoderWork.Of(c, c.Coder, read.TextVersion)).ToList();
        var coded = submitted.SelectMany(w => w.Codings).Select(c => c.Theme).ToHashSet();
        var codebook = await StudyCodebook.LoadAsync(session, id, ct);
        var themes = codebook.Themes.Where(t => !t.Retired || coded.Contains(t.Number)).Select(t => t.Number).ToList();
        return Results.Ok(new SegmentAgreementView(id, caseId, documentId, read.TextVersion, read.TextLength,
            submitted.Select(w => w.Coder).ToList(), themes, SegmentAgreementTable.Of(read.TextLength, themes, submitted)));
    }
}
