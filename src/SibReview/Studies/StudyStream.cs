using JasperFx;
using Marten;
using SibReview.Infrastructure;

namespace SibReview.Studies;

public sealed record StudyVersion(string StudyId, long Version);

/// <summary>Records a decision on one study's stream, holding the stream's version so that of two people acting at once one wins and the other is told.</summary>
public static class StudyStream
{
    public static async Task<IResult> Record(IDocumentSession session, string studyId, long expectedVersion,
        Func<Study, Decision> decide, CancellationToken ct)
    {
        try
        {
            var stream = await session.Events.FetchForWriting<Study>(studyId, ct);
            if (stream.Aggregate is not { } study)
                return Problems.NotFound($"There is no study '{studyId}'.");
            var decision = decide(study);
            if (decision.Rejection is { } rejection)
                return rejection.ToResult();
            if (study.Version != expectedVersion)
                return Stale(studyId, expectedVersion, study.Version);
            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(ct);
            return Results.Ok(new StudyVersion(studyId, study.Version + decision.Events.Count));
        }
        catch (ConcurrencyException)
        {
            return Stale(studyId, expectedVersion, null);
        }
    }

    private static IResult Stale(string studyId, long expected, long? actual) => Problems.Conflict(
        $"Study '{studyId}' changed since you loaded it (you had version {expected}" +
        (actual is { } v ? $", it is now {v}" : "") + "). Reload the study and apply your change again; nothing was recorded.");
}
