using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Mvc;
using SibReview.Cases.Indigo;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Cases.Catalogue;

public sealed record CaseHistoryEntry(long Version, string Kind, DateTimeOffset At, string By, IReadOnlyList<string> ChangedFields);

public sealed record CaseView(CaseSummary Summary, IndigoRecord Record, string GolabUrl, IReadOnlyList<CaseHistoryEntry> History);

public static class CatalogueEndpoints
{
    [WolverineGet("/api/cases", OperationId = "searchCatalogue")]
    public static async Task<IResult> Search([FromQuery] CatalogueFilter filter, IQuerySession session, CancellationToken ct) =>
        filter.Problem() is { } problem
            ? Problems.BadRequest(problem)
            : Results.Ok(await Catalogue.SearchAsync(session, filter, ct));

    [WolverineGet("/api/cases/facets", OperationId = "catalogueFacets")]
    public static Task<CatalogueFacets> Facets(IQuerySession session, CancellationToken ct) => Catalogue.FacetsAsync(session, ct);

    [WolverineGet("/api/cases/{id}", OperationId = "getCase")]
    public static async Task<IResult> Get(string id, IQuerySession session, CancellationToken ct)
    {
        var entry = await session.LoadAsync<CatalogueEntry>(id, ct);
        if (entry is null) return Problems.NotFound($"There is no case '{id}' in the catalogue; INDIGO ids look like INDIGO-POJ-0120.");
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        return Results.Ok(new CaseView(entry.Summary, entry.Record, GolabPage(id), events.Select(Describe).OfType<CaseHistoryEntry>().ToList()));
    }

    public static string GolabPage(string indigoId) =>
        $"https://golab.bsg.ox.ac.uk/knowledge-bank/indigo/impact-bond-dataset-v2/{Uri.EscapeDataString(indigoId)}";

    private static CaseHistoryEntry? Describe(IEvent e) => e.Data switch
    {
        CaseImportedFromIndigo i => new(e.Version, "imported", i.ImportedAt, i.ImportedBy, []),
        IndigoRecordChanged c => new(e.Version, "changed", c.ImportedAt, c.ImportedBy, c.ChangedFields),
        _ => null,
    };
}
