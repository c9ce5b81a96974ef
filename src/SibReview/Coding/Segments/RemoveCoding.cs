using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Coding.Segments;

public sealed record RemoveCoding(string? Reason, long ExpectedVersion);

public static class RemoveCodingEndpoint
{
    /// <summary>A coder takes back their own coding, before submitting; the reason is optional and kept.</summary>
    public static Decision Decide(DocumentAtHand atHand, string codingId, RemoveCoding command, Actor actor, DateTimeOffset now)
    {
        var (coding, refused) = SegmentRules.Own(atHand, actor, codingId, spanChanges: true);
        if (refused is not null) return refused;
        if (SegmentRules.ReasonProblem(command.Reason) is { } tooLong) return Decision.Invalid(tooLong);
        var target = atHand.Target;
        return Decision.Accept(new SegmentCodingRemoved(target.StudyId, target.CaseId, target.DocumentId, coding!.TextVersion,
            actor.UserName, codingId, SegmentRules.Trimmed(command.Reason), now));
    }

    [WolverinePost("/api/studies/{id}/cases/{caseId}/documents/{documentId}/codings/{codingId}/removal", OperationId = "removeCoding")]
    public static Task<IResult> Post(string id, string caseId, string documentId, string codingId, RemoveCoding command,
        ClaimsPrincipal user, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.From(user);
        return DocumentCodingStream.Record(session, new CodingTarget(id, caseId, documentId, actor.UserName), command.ExpectedVersion,
            mine => mine.Find(codingId)?.TextVersion ?? 0, atHand => Decide(atHand, codingId, command, actor, clock.GetUtcNow()), ct);
    }
}
