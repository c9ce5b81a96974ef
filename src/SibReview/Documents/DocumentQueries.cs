using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Documents;

public sealed record DocumentView(
    string Id, string Title, DocumentType Type, string? Publisher, int? Year, string? Url, string? Notes, bool Eligible,
    IReadOnlyList<DocumentSource> Sources, string Evidence);

/// <summary>A case's distinct documents; <see cref="Seeded"/> is false while they are INDIGO's unstored suggestion (version 0).</summary>
public sealed record CaseDocumentsView(string CaseId, long Version, bool Seeded, int EligibleCount, IReadOnlyList<DocumentView> Documents)
{
    public static CaseDocumentsView Of(CaseDocuments register, bool seeded) => new(register.CaseId, register.Version, seeded,
        register.EligibleCount, register.Documents.Select(d => new DocumentView(d.Id, d.Title, d.Type, d.Publisher, d.Year,
            d.Url, d.Notes, DocumentTypes.Eligible.Contains(d.Type), d.Sources, d.Evidence)).ToList());
}

public static class DocumentQueries
{
    [WolverineGet("/api/cases/{id}/documents", OperationId = "getCaseDocuments")]
    public static async Task<IResult> Get(string id, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        if (await session.LoadAsync<CaseDocuments>(DocumentRegister.Key(id), ct) is { } register)
            return Results.Ok(CaseDocumentsView.Of(register, seeded: true));
        // Not stored until someone changes it: reading a case must not write to it.
        return await session.LoadAsync<CatalogueEntry>(id, ct) is { } entry
            ? Results.Ok(CaseDocumentsView.Of(CaseDocuments.Create(DocumentRegister.Seed(id, entry.Record, clock.GetUtcNow())), seeded: false))
            : UnknownCase(id);
    }

    public static IResult UnknownCase(string id) =>
        Problems.NotFound($"There is no case '{id}' in the catalogue; INDIGO ids look like INDIGO-POJ-0120.");
}
