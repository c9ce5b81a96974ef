using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Cases.Indigo;

namespace SibReview.Documents;

/// <summary>Where a case's document register lives, and how it starts from INDIGO's sources.</summary>
public static class DocumentRegister
{
    /// <summary>Who groups INDIGO's sources into suggested documents: SibReview itself, not a person.</summary>
    public const string SeededBy = "sibreview (INDIGO sources)";

    public const string Prefix = "documents/";

    public static string Key(string caseId) => $"{Prefix}{caseId}";

    public static DocumentRegisterSeeded Seed(string caseId, IndigoRecord record, DateTimeOffset now) =>
        new(caseId, SourceGrouping.Suggest(record.Sources), SeededBy, now);

    /// <summary>The case's register as stored, or INDIGO's suggestion (unstored, version 0) while nobody has changed it.</summary>
    public static async Task<CaseDocuments> LoadOrSuggestAsync(IQuerySession session, string caseId, IndigoRecord record,
        DateTimeOffset now, CancellationToken ct) =>
        await session.LoadAsync<CaseDocuments>(Key(caseId), ct) ?? CaseDocuments.Create(Seed(caseId, record, now));

    /// <summary>
    /// Starts the register of each listed case that has none, from the case's catalogue record. Idempotent: a case
    /// already registered (seeded earlier, or by someone's first change) is left alone, as is an id not in the catalogue.
    /// </summary>
    /// <returns>How many registers were started.</returns>
    public static async Task<int> SeedAsync(IDocumentStore store, IEnumerable<string> caseIds, DateTimeOffset now,
        CancellationToken ct)
    {
        var ids = caseIds.Distinct().ToList();
        if (ids.Count == 0) return 0;
        await using var session = store.LightweightSession();
        var registered = (await session.LoadManyAsync<CaseDocuments>(ct, ids.Select(Key))).Select(r => r.CaseId).ToHashSet();
        var unregistered = ids.Where(id => !registered.Contains(id)).ToList();
        if (unregistered.Count == 0) return 0;
        var entries = await session.LoadManyAsync<CatalogueEntry>(ct, unregistered);
        foreach (var entry in entries)
            session.Events.StartStream<CaseDocuments>(Key(entry.Id), Seed(entry.Id, entry.Record, now));
        await session.SaveChangesAsync(ct);
        return entries.Count;
    }
}
