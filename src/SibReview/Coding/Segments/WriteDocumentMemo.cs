using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Coding.Segments;

/// <summary>An empty or blank memo clears it.</summary>
public sealed record WriteDocumentMemo(int TextVersion, string? Memo, long ExpectedVersion);

public static class WriteDocumentMemoEndpoint
{
    /// <summary>The coder's memo on the text version as a whole; plain text, writable after submission too.</summary>
    public static Decision Decide(DocumentAtHand atHand, WriteDocumentMemo command, Actor actor, DateTimeOffset now)
    {
        if ((StudyRules.MustContribute(atHand.Study, actor) ?? SegmentRules.MustHaveText(atHand)) is { } refused) return refused;
        if (SegmentRules.MemoProblem(command.Memo) is { } tooLong) return Decision.Invalid(tooLong);
        var memo = SegmentRules.Trimmed(command.Memo);
        if (memo == atHand.Coding.MemoOn(atHand.TextVersion))
            return Decision.Invalid($"That is already your memo on {SegmentRules.Named(atHand)}; nothing to change.");
        var target = atHand.Target;
        return Decision.Accept(new DocumentMemoWritten(target.StudyId, target.CaseId, target.DocumentId, atHand.TextVersion,
            actor.UserName, memo, now));
    }

    [WolverinePut("/api/studies/{id}/cases/{caseId}/documents/{documentId}/memo", OperationId = "writeDocumentMemo")]
    public static Task<IResult> Put(string id, string caseId, string documentId, WriteDocumentMemo command, ClaimsPrincipal user,
        IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.From(user);
        return DocumentCodingStream.Record(session, new CodingTarget(id, caseId, documentId, actor.UserName), command.ExpectedVersion,
            _ => command.TextVersion, atHand => Decide(atHand, command, actor, clock.GetUtcNow()), ct);
    }
}
