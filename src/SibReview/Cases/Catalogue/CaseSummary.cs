using SibReview.Cases.Indigo;

namespace SibReview.Cases.Catalogue;

/// <summary>One row of the catalogue: what researchers filter and scan.</summary>
public sealed record CaseSummary(
    string Id, string Name, IReadOnlyList<string> Countries, string? Stage, string? PolicySector, string? LiveDate,
    int? LiveYear, IReadOnlyList<string> OutcomeFunds, string? Currency, decimal? MaxOutcomePayment,
    decimal? ActualOutcomePayments, int SourceCount)
{
    public static CaseSummary Of(IndigoRecord r) => new(r.Id, r.Name ?? r.Id, r.Countries, r.Stage, r.PolicySector, r.LiveDate,
        r.LiveYear, r.OutcomeFunds, r.Currency, r.MaxOutcomePayment, r.ActualOutcomePayments, r.Sources.Count);
}
