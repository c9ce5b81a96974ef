using Marten;

namespace SibReview.Cases.Catalogue;

public sealed record CatalogueResult(int Total, IReadOnlyList<CaseSummary> Cases);

public sealed record Facet(string Value, int Count);

public sealed record YearRange(int Min, int Max);

public sealed record CatalogueFacets(
    IReadOnlyList<Facet> Countries, IReadOnlyList<Facet> Stages, IReadOnlyList<Facet> Sectors, IReadOnlyList<Facet> Funds,
    YearRange LiveYears);

/// <summary>Queries over the catalogue projection, run in PostgreSQL.</summary>
public static class Catalogue
{
    public static async Task<CatalogueResult> SearchAsync(IQuerySession session, CatalogueFilter f, CancellationToken ct)
    {
        IQueryable<CatalogueEntry> query = session.Query<CatalogueEntry>();
        if (!string.IsNullOrWhiteSpace(f.Country))
        {
            var country = f.Country.Trim().ToUpperInvariant();
            query = query.Where(x => x.Summary.Countries.Contains(country));
        }
        if (f.LiveFrom is { } from) query = query.Where(x => x.Summary.LiveYear >= from);
        if (f.LiveTo is { } to) query = query.Where(x => x.Summary.LiveYear <= to);
        if (!string.IsNullOrWhiteSpace(f.Stage)) query = query.Where(x => x.Summary.Stage == f.Stage);
        if (!string.IsNullOrWhiteSpace(f.Sector)) query = query.Where(x => x.Summary.PolicySector == f.Sector);
        if (!string.IsNullOrWhiteSpace(f.Fund)) query = query.Where(x => x.Summary.OutcomeFunds.Contains(f.Fund));
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var q = f.Q.Trim();
            query = query.Where(x => x.SearchName.Contains(q, StringComparison.OrdinalIgnoreCase) || x.WebStyleSearch(q));
        }
        var cases = await query.OrderBy(x => x.Summary.Name).Select(x => x.Summary).ToListAsync(ct);
        return new CatalogueResult(cases.Count, cases);
    }

    public static async Task<CatalogueFacets> FacetsAsync(IQuerySession session, CancellationToken ct)
    {
        var all = await session.Query<CatalogueEntry>().Select(x => x.Summary).ToListAsync(ct);
        var years = all.Select(s => s.LiveYear).OfType<int>().ToList();
        return new CatalogueFacets(
            Count(all.SelectMany(s => s.Countries)),
            Count(all.Select(s => s.Stage)),
            Count(all.Select(s => s.PolicySector)),
            Count(all.SelectMany(s => s.OutcomeFunds)),
            years.Count == 0 ? new YearRange(0, 0) : new YearRange(years.Min(), years.Max()));
    }

    private static List<Facet> Count(IEnumerable<string?> values) => values.OfType<string>()
        .GroupBy(v => v).Select(g => new Facet(g.Key, g.Count()))
        .OrderByDescending(f => f.Count).ThenBy(f => f.Value).ToList();
}
