using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Coding.Segments;

/// <summary>An empty or blank memo clears it.</summary>
public sealed record WriteMemo(string? Memo, long ExpectedVersion);

public static class WriteCodingMemoEndpoint
{
    /// <summary>A memo is the coder's note on their coding: plain text, kept with who and when, writable after submission too.</summary>
    public static Decision Decide(DocumentAtHand atHand, string codingId, WriteMemo command, Actor actor, DateTimeOffset now)
    {
        var (coding, refused) = SegmentRules.Own(atHand, actor, codingId, spanChanges: false);
        if (refused is not null) return refused;
        if (SegmentRules.MemoProblem(command.Memo) is { } tooLong) return Decision.Invalid(tooLong);
        var memo = SegmentRules.Trimmed(command.Memo);
        if (memo == coding!.Memo) return Decision.Invalid($"That is already the memo on coding {codingId}; nothing to change.");
        var target = atHand.Target;
        return Decision.Accept(new CodingMemoWritten(target.StudyId, target.CaseId, target.DocumentId, coding.TextVersion,
            actor.UserName, codingId, memo, now));
    }

    [WolverinePut("/api/studies/{id}/cases/{caseId}/documents/{documentId}/codings/{codingId}/memo", OperationId = "writeCodingMemo")]
    public static Task<IResult> Put(string id, string caseId, string documentId, string codingId, WriteMemo command,
        ClaimsPrincipal user, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.From(user);
        return DocumentCodingStream.Record(session, new CodingTarget(id, caseId, documentId, actor.UserName), command.ExpectedVersion,
            mine => mine.Find(codingId)?.TextVersion ?? 0, atHand => Decide(atHand, codingId, command, actor, clock.GetUtcNow()), ct);
    }
}
