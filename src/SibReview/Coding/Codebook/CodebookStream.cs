using JasperFx;
using Marten;
using SibReview.Infrastructure;
using SibReview.Studies;

namespace SibReview.Coding.Codebook;

/// <summary>What a codebook change answers: the codebook's new version and the theme it concerned.</summary>
public sealed record CodebookSaved(string StudyId, int Version, int ThemeNumber);

/// <summary>
/// Records a decision on a study's codebook. The codebook lives on the study's stream, so the write holds that stream's
/// version: of two people acting at once one wins, the other is told. ExpectedVersion is the codebook version the lead saw.
/// </summary>
public static class CodebookStream
{
    public static async Task<IResult> Record(IDocumentSession session, string studyId, int expectedVersion,
        Func<Study, StudyCodebook, Decision> decide, CancellationToken ct)
    {
        try
        {
            var stream = await session.Events.FetchForWriting<Study>(studyId, ct);
            if (stream.Aggregate is not { } study) return Problems.NotFound($"There is no study '{studyId}'.");
            // Read after the stream's version was taken: a change in between fails the write below instead of being lost.
            var codebook = await StudyCodebook.LoadAsync(session, studyId, ct);
            var decision = decide(study, codebook);
            if (decision.Rejection is { } rejection) return rejection.ToResult();
            if (codebook.Version != expectedVersion) return Stale(expectedVersion, codebook.Version);
            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(ct);
            var change = (ICodebookChange)decision.Events[^1];
            return Results.Ok(new CodebookSaved(studyId, change.CodebookVersion, change.Number));
        }
        catch (ConcurrencyException)
        {
            return Stale(expectedVersion, null);
        }
    }

    private static IResult Stale(int expected, int? actual) => Problems.Conflict(
        $"The codebook changed since you loaded it (you had version {expected}" + (actual is { } v ? $", it is now version {v}" : "") +
        "). Reload it and apply your change again; nothing was recorded.");
}
