using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Documents.Texts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Documents;

public sealed record DocumentView(
    string Id, string Title, DocumentType Type, string? Publisher, int? Year, string? Url, string? Notes, bool Eligible,
    IReadOnlyList<DocumentSource> Sources, string Evidence, IReadOnlyList<TextVersionView> Texts);

/// <summary>A case's distinct documents; <see cref="Seeded"/> is false while they are INDIGO's unstored suggestion (version 0).</summary>
public sealed record CaseDocumentsView(string CaseId, long Version, bool Seeded, int EligibleCount, IReadOnlyList<DocumentView> Documents)
{
    public static CaseDocumentsView Of(CaseDocuments register, bool seeded) => new(register.CaseId, register.Version, seeded,
        register.EligibleCount, register.Documents.Select(d => new DocumentView(d.Id, d.Title, d.Type, d.Publisher, d.Year,
            d.Url, d.Notes, DocumentTypes.Eligible.Contains(d.Type), d.Sources, d.Evidence,
            register.TextsOf(d.Id).Select(TextVersionView.Of).ToList())).ToList());
}

public static class DocumentQueries
{
    [WolverineGet("/api/cases/{id}/documents", OperationId = "getCaseDocuments")]
    public static async Task<IResult> Get(string id, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
        await RegisterOrSuggestionAsync(session, id, clock.GetUtcNow(), ct) is var (register, seeded)
            ? Results.Ok(CaseDocumentsView.Of(register, seeded))
            : UnknownCase(id);

    /// <summary>The case's register as stored, else INDIGO's suggestion (not stored until someone changes it: reading a case must not write to it); null for an unknown case.</summary>
    // Not "LoadAsync": Wolverine would run a public static method of that name before every endpoint of this class.
    public static async Task<(CaseDocuments Register, bool Seeded)?> RegisterOrSuggestionAsync(IQuerySession session, string caseId, DateTimeOffset now,
        CancellationToken ct)
    {
        if (await session.LoadAsync<CaseDocuments>(DocumentRegister.Key(caseId), ct) is { } register) return (register, true);
        return await session.LoadAsync<CatalogueEntry>(caseId, ct) is { } entry
            ? (CaseDocuments.Create(DocumentRegister.Seed(entry.Id, entry.Record, now)), false)
            : null;
    }

    public static IResult UnknownCase(string id) =>
        Problems.NotFound($"There is no case '{id}' in the catalogue; INDIGO ids look like INDIGO-POJ-0120.");
}
