using Marten;
using SibReview.Accounts;
using SibReview.Cases.Catalogue;
using SibReview.Infrastructure;
using SibReview.Studies;

namespace SibReview.Documents;

/// <summary>
/// What a change to a register answers: the register's new version and the document the change made or kept, and for an
/// added text, its version.
/// </summary>
public sealed record DocumentRegisterVersion(string CaseId, long Version, string DocumentId, int? TextVersion = null);

/// <summary>
/// Records a decision on one case's document register, holding the register's version so that of two people acting
/// at once one wins and the other is told. A register nobody has changed yet is INDIGO's suggestion at version 0;
/// the first change seeds it in the same transaction, so the suggestion a person corrected is the one recorded.
/// An added text needs no expected version: it changes nothing anyone else decided on, and two at once still conflict.
/// </summary>
public static class DocumentRegisterStream
{
    public static async Task<IResult> Record(IDocumentSession session, string caseId, Actor actor, long? expectedVersion,
        DateTimeOffset now, Func<CaseDocuments, Decision> decide, CancellationToken ct)
    {
        if (await Forbidden(session, actor, ct) is { } forbidden) return forbidden;
        try
        {
            var stream = await session.Events.FetchForWriting<CaseDocuments>(DocumentRegister.Key(caseId), ct);
            var seeding = stream.Aggregate is null && await session.LoadAsync<CatalogueEntry>(caseId, ct) is { } entry
                ? DocumentRegister.Seed(caseId, entry.Record, now)
                : null;
            var register = stream.Aggregate ?? (seeding is null ? null : CaseDocuments.Create(seeding));
            if (register is null) return DocumentQueries.UnknownCase(caseId);
            var decision = decide(register);
            if (decision.Rejection is { } rejection) return rejection.ToResult();
            if (expectedVersion is { } expected && register.Version != expected) return Stale(caseId, expected, register.Version);
            if (seeding is not null) stream.AppendOne(seeding);
            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(ct);
            var version = register.Version + (seeding is null ? 0 : 1) + decision.Events.Count;
            return Results.Ok(Changed(caseId, version, decision.Events[^1]));
        }
        // A stream moved under us, or two first changes both started the register: the second writer is told.
        catch (Exception e) when (LostRace.Is(e))
        {
            return Stale(caseId, expectedVersion, null);
        }
    }

    /// <summary>Leads and coders of any study curate a case's documents and add their texts; observers read them.</summary>
    public static async Task<IResult?> Forbidden(IQuerySession session, Actor actor, CancellationToken ct) =>
        await StudyRules.ContributesToAnyStudyAsync(session, actor.UserName, ct)
            ? null
            : Problems.Forbidden("Only the leads and coders of a study curate case documents; observers read them.");

    private static DocumentRegisterVersion Changed(string caseId, long version, object e) => e switch
    {
        DocumentAdded added => new(caseId, version, added.Document.Id),
        DocumentSplit split => new(caseId, version, split.SplitOff.Id),
        DocumentsMerged merged => new(caseId, version, merged.DocumentIds[0]),
        DocumentRetyped retyped => new(caseId, version, retyped.DocumentId),
        DocumentTextAdded text => new(caseId, version, text.DocumentId, text.TextVersion),
        _ => throw new ArgumentException($"{e.GetType().Name} is not a change to one document.", nameof(e)),
    };

    private static IResult Stale(string caseId, long? expected, long? actual) => Problems.Conflict(expected is null
        ? $"The documents of case '{caseId}' changed while this was being recorded. Apply your change again; nothing was recorded."
        : $"The documents of case '{caseId}' changed since you loaded them (you had version {expected}" +
          (actual is { } v ? $", they are now at version {v}" : "") + "). Reload them and apply your change again; nothing was recorded.");
}
