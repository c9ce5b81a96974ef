using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Coding.Segments;

/// <summary>The coding's new span on the same text version; Reason is optional and kept with the change.</summary>
public sealed record AdjustCoding(int Start, int End, string? Quote, string? Reason, long ExpectedVersion);

public static class AdjustCodingEndpoint
{
    public static Decision Decide(DocumentAtHand atHand, string codingId, AdjustCoding command, Actor actor, DateTimeOffset now)
    {
        var (coding, refused) = SegmentRules.Own(atHand, actor, codingId, spanChanges: true);
        if (refused is not null) return refused;
        if (SegmentRules.SegmentProblem(atHand.Text!, command.Start, command.End, command.Quote) is { } bad) return bad;
        if (SegmentRules.ReasonProblem(command.Reason) is { } tooLong) return Decision.Invalid(tooLong);
        if ((coding!.Start, coding.End) == (command.Start, command.End))
            return Decision.Invalid($"Coding {codingId} already spans {command.Start}-{command.End}; nothing to adjust.");
        var target = atHand.Target;
        return Decision.Accept(new SegmentCodingAdjusted(target.StudyId, target.CaseId, target.DocumentId, coding.TextVersion,
            actor.UserName, codingId, command.Start, command.End, atHand.Text!.Text[command.Start..command.End],
            SegmentRules.Trimmed(command.Reason), now));
    }

    [WolverinePut("/api/studies/{id}/cases/{caseId}/documents/{documentId}/codings/{codingId}/span", OperationId = "adjustCoding")]
    public static Task<IResult> Put(string id, string caseId, string documentId, string codingId, AdjustCoding command,
        ClaimsPrincipal user, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.From(user);
        return DocumentCodingStream.Record(session, new CodingTarget(id, caseId, documentId, actor.UserName), command.ExpectedVersion,
            mine => mine.Find(codingId)?.TextVersion ?? 0, atHand => Decide(atHand, codingId, command, actor, clock.GetUtcNow()), ct);
    }
}
