using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Coding.Segments;

public sealed record SubmitDocumentCoding(int TextVersion, long ExpectedVersion);

public static class SubmitDocumentCodingEndpoint
{
    /// <summary>
    /// The coder declares their coding of the text version complete, with or without codings (finding nothing to code is a
    /// finding too). Once only: afterwards the codings are closed and others' submitted codings open to them.
    /// </summary>
    public static Decision Decide(DocumentAtHand atHand, Actor actor, DateTimeOffset now)
    {
        if (SegmentRules.MayWork(atHand, actor) is { } refused) return refused;
        var target = atHand.Target;
        return Decision.Accept(new DocumentCodingSubmitted(target.StudyId, target.CaseId, target.DocumentId, atHand.TextVersion,
            actor.UserName, atHand.Coding.On(atHand.TextVersion).Count(), now));
    }

    [WolverinePost("/api/studies/{id}/cases/{caseId}/documents/{documentId}/submission", OperationId = "submitDocumentCoding")]
    public static Task<IResult> Post(string id, string caseId, string documentId, SubmitDocumentCoding command, ClaimsPrincipal user,
        IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.From(user);
        return DocumentCodingStream.Record(session, new CodingTarget(id, caseId, documentId, actor.UserName), command.ExpectedVersion,
            _ => command.TextVersion, atHand => Decide(atHand, actor, clock.GetUtcNow()), ct);
    }
}
