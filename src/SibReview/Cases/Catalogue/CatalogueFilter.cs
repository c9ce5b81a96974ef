using SibReview.Studies;

namespace SibReview.Cases.Catalogue;

/// <summary>The catalogue's filters, as the query string carries them (all optional).</summary>
public sealed class CatalogueFilter
{
    public string? Country { get; set; }
    public int? LiveFrom { get; set; }
    public int? LiveTo { get; set; }
    public string? Stage { get; set; }
    public string? Sector { get; set; }
    public string? Fund { get; set; }
    public string? Q { get; set; }

    public string? Problem() =>
        LiveFrom > LiveTo ? $"liveFrom ({LiveFrom}) is after liveTo ({LiveTo}); swap them or widen the window." : null;

    /// <summary>The same filters, narrowed to a study's country and live window.</summary>
    public CatalogueFilter Within(InclusionCriteria criteria) => new()
    {
        Country = criteria.Country,
        LiveFrom = Math.Max(LiveFrom ?? criteria.LiveFrom, criteria.LiveFrom),
        LiveTo = Math.Min(LiveTo ?? criteria.LiveTo, criteria.LiveTo),
        Stage = Stage,
        Sector = Sector,
        Fund = Fund,
        Q = Q,
    };
}
