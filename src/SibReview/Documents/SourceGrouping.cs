using SibReview.Cases.Indigo;

namespace SibReview.Documents;

/// <summary>
/// Suggests a case's distinct documents from INDIGO's source rows. Citations that link the same address are one
/// document; a citation without an address joins the one addressed document whose title it shares, else the others
/// with its title. Two documents with one title but different addresses stay apart (two pages of one website).
/// A row citing several works is listed under each. A suggestion, shown with its evidence, for people to correct.
/// </summary>
public static class SourceGrouping
{
    private sealed record Cited(int Order, DocumentSource Row, IndigoSource Source, Citation Citation, bool Alone);

    public static IReadOnlyList<CaseDocument> Suggest(IReadOnlyList<IndigoSource> sources)
    {
        var cited = sources.SelectMany((source, row) =>
        {
            var citations = Citations.In(source.Name ?? source.Url ?? "", source.Url);
            var document = new DocumentSource(source.Id ?? $"row{row + 1}", source.Name ?? "", source.Type, source.Url);
            return citations.Select(citation => (Row: document, Source: source, Citation: citation, Alone: citations.Count == 1));
        }).Select((c, order) => new Cited(order, c.Row, c.Source, c.Citation, c.Alone)).ToList();

        var groups = new List<List<Cited>>();
        var byUrl = new Dictionary<string, List<Cited>>();
        var byTitle = new Dictionary<(string, int?), List<Cited>>();
        foreach (var c in cited.Where(c => c.Citation.Url is not null))
            Join(groups, byUrl, Citations.UrlKey(c.Citation.Url!), c);
        foreach (var c in cited.Where(c => c.Citation.Url is null))
        {
            var addressed = byUrl.Values.Where(g => g.Any(m => SameWork(m.Citation, c.Citation))).Take(2).ToList();
            if (addressed.Count == 1) addressed[0].Add(c);
            else Join(groups, byTitle, (c.Citation.TitleKey, c.Citation.Year), c);
        }
        return groups.Select(g => g.OrderBy(c => c.Order).ToList()).OrderBy(g => g[0].Order)
            .Select((g, i) => Document($"d{i + 1}", g)).ToList();
    }

    /// <summary>The same title, and no two different years: "Final Report (ICF, 2019)" is "Final Report", not "Final Report (ICF, 2017)".</summary>
    private static bool SameWork(Citation a, Citation b) =>
        a.TitleKey == b.TitleKey && (a.Year is null || b.Year is null || a.Year == b.Year);

    private static void Join<TKey>(List<List<Cited>> groups, Dictionary<TKey, List<Cited>> index, TKey key, Cited c) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var group)) groups.Add(index[key] = group = []);
        group.Add(c);
    }

    private static CaseDocument Document(string id, List<Cited> members)
    {
        var first = members[0];
        var typedBy = members.FirstOrDefault(m => m.Alone && m.Source.Type is not null) ?? first;
        return new CaseDocument(id, Shortened(first.Citation.Title),
            SuggestedDetails.Type(typedBy.Alone ? typedBy.Source.Type : null, typedBy.Citation.Title, typedBy.Citation.Url),
            members.Select(m => SuggestedDetails.Publisher(m.Alone ? m.Source.PublishingOrganisations : null, m.Citation.Title))
                .FirstOrDefault(p => p is not null),
            members.Select(m => SuggestedDetails.Year(m.Alone ? m.Source.PublicationDate : null, m.Citation.Title))
                .FirstOrDefault(y => y is not null),
            members.Select(m => m.Citation.Url).FirstOrDefault(u => u is not null),
            members.Where(m => m.Alone).Select(m => m.Source.Notes).FirstOrDefault(n => n is not null),
            members.Select(m => m.Row).DistinctBy(r => r.Id).ToList(),
            Evidence(members));
    }

    /// <summary>A few INDIGO rows hold a paragraph of notes where a citation belongs; the row keeps it all, the title its start.</summary>
    private static string Shortened(string title)
    {
        if (title.Length <= DocumentRules.MaxTitle) return title;
        var cut = title.LastIndexOf(' ', DocumentRules.MaxTitle - 2);
        return title[..(cut > 0 ? cut : DocumentRules.MaxTitle - 2)] + " …";
    }

    private static string Evidence(List<Cited> members)
    {
        var rows = members.Select(m => m.Row.Id).Distinct().ToList();
        var pages = members.SelectMany(m => m.Citation.Locators).Distinct().ToList();
        var atPages = pages.Count == 0 ? "" : $" ({string.Join(", ", pages.Take(8))}{(pages.Count > 8 ? ", ..." : "")})";
        var lines = new List<string> { rows.Count == 1
            ? $"INDIGO cites it in {rows[0]}{(pages.Count == 0 ? "" : $" at {string.Join(", ", pages)}")}."
            : $"INDIGO cites it in {rows.Count} source rows: {string.Join(", ", rows)}." };
        if (rows.Count > 1 && members.GroupBy(m => m.Citation.TitleKey).Any(g => g.Select(m => m.Row.Id).Distinct().Count() > 1))
            lines.Add($"They give the same title once case, punctuation, page references{atPages}, access notes, addresses and a (publisher, year) note are set aside.");
        var addressed = members.Where(m => m.Citation.Url is not null).ToList();
        if (addressed.Select(m => m.Citation.TitleKey).Distinct().Count() > 1)
            lines.Add($"Differently worded citations link the same address: {addressed[0].Citation.Url}.");
        var shared = members.Where(m => !m.Alone).Select(m => m.Row.Id).Distinct().ToList();
        if (shared.Count > 0)
            lines.Add($"{string.Join(", ", shared)} also {(shared.Count == 1 ? "cites" : "cite")} other documents, so {(shared.Count == 1 ? "it is" : "they are")} listed under each.");
        return string.Join(" ", lines);
    }
}
