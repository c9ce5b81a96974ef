using Marten;
using SibReview.Coding.Codebook;
using SibReview.Documents.Texts;
using SibReview.Infrastructure;
using SibReview.Studies;

namespace SibReview.Coding.Segments;

/// <summary>What a coding act answers: the coding it made or changed (null for a document memo or a submission) and the
/// coder's document stream's new version, the expectedVersion of their next act.</summary>
public sealed record CodingSaved(string? CodingId, long Version);

/// <summary>
/// Records a decision on one coder's document stream. Writers of the stream take turns (a PostgreSQL advisory lock on its
/// key, held for the transaction): the stream is one coder's, so only their own windows ever wait, for a few
/// milliseconds, and no retry storm can start. The one that comes second finds the stream moved past the version it saw
/// and gets a 409 with the version it now has; nothing is written and nothing of the first is lost.
/// </summary>
public static class DocumentCodingStream
{
    public static async Task<IResult> Record(IDocumentSession session, CodingTarget target, long expectedVersion,
        Func<DocumentCoding, int> textVersionOf, Func<DocumentAtHand, Decision> decide, CancellationToken ct)
    {
        await session.HoldAsync([target.Stream], ct);
        if (await session.LoadAsync<Study>(target.StudyId, ct) is not { } study)
            return Problems.NotFound($"There is no study '{target.StudyId}' that you are a member of.");
        var stream = await session.Events.FetchForWriting<DocumentCoding>(target.Stream, ct);
        var coding = stream.Aggregate ?? DocumentCoding.Empty(target.StudyId, target.CaseId, target.DocumentId, target.Coder);
        var textVersion = textVersionOf(coding);
        var text = textVersion < 1 ? null
            : await session.LoadAsync<DocumentText>(DocumentText.Key(target.CaseId, target.DocumentId, textVersion), ct);
        var codebook = await StudyCodebook.LoadAsync(session, target.StudyId, ct);

        var decision = decide(new DocumentAtHand(study, codebook, target, textVersion, text, coding));
        if (decision.Rejection is { } rejection) return rejection.ToResult();
        // The stream's version, not the view's: the stream also holds acts the view does not fold (rejected suggestions).
        var version = stream.CurrentVersion ?? 0;
        if (version != expectedVersion) return Stale(target, expectedVersion, version);
        stream.AppendMany(decision.Events);
        await session.SaveChangesAsync(ct);
        return Results.Ok(new CodingSaved(CodingIdOf(decision.Events[^1]), version + decision.Events.Count));
    }

    private static string? CodingIdOf(object e) => e switch
    {
        SegmentCoded c => c.CodingId,
        SegmentCodingAdjusted a => a.CodingId,
        SegmentCodingRemoved r => r.CodingId,
        CodingMemoWritten m => m.CodingId,
        _ => null,
    };

    private static IResult Stale(CodingTarget target, long expected, long actual) => Results.Problem(
        statusCode: StatusCodes.Status409Conflict, title: "Someone else changed this first",
        detail: $"Your coding of {target.DocumentId} changed since this window loaded it (another window?): it is at version " +
                $"{actual}, this window had {expected}. The workbench shows it as it is now; apply your change again if you " +
                "still want it. Nothing was recorded.",
        extensions: new Dictionary<string, object?> { ["version"] = actual });
}
