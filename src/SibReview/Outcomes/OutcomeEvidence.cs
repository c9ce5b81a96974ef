using SibReview.Cases.Catalogue;
using SibReview.Cases.Indigo;
using SibReview.Studies;

namespace SibReview.Outcomes;

/// <summary>Outcome payments in the case's currency.</summary>
public sealed record PaymentEvidence(decimal? MaxOutcomePayment, decimal? ActualOutcomePayments, string? Currency);

/// <summary>Where the evidence starts: INDIGO, the GO Lab's Impact Bond Dataset, and the case's page there.</summary>
public sealed record EvidenceSource(string Dataset, string IndigoId, string Page);

/// <summary>The suggested ratio on each basis: payments, and metrics under each rule of combining them.</summary>
public sealed record SuggestedRatios(decimal? Payments, decimal? MetricsAll, decimal? MetricsMean, decimal? MetricsPaymentWeighted)
{
    public static SuggestedRatios Of(OutcomeFigures f) => new(Achievement.Payments(f.Payments),
        Achievement.Combine(f.Metrics, MetricRule.All), Achievement.Combine(f.Metrics, MetricRule.Mean),
        Achievement.Combine(f.Metrics, MetricRule.PaymentWeighted));
}

/// <summary>
/// A case's outcome evidence: INDIGO's figures as corrected and added to by the coders (the latest value of each figure),
/// the ratios suggested from them, and every correction and addition with who, when, document, page and reason.
/// Version counts the entries: a form sends it back, so a change made meanwhile is not overlooked.
/// </summary>
public sealed record OutcomeEvidence(EvidenceSource Source, PaymentEvidence Payments, IReadOnlyList<MetricAchievement> Metrics,
    SuggestedRatios Suggested, IReadOnlyList<EvidenceEntry> Entries, long Version)
{
    public const string Dataset = "INDIGO Impact Bond Dataset (Government Outcomes Lab, University of Oxford)";

    public static PaymentEvidence PaymentsOf(IndigoRecord r) => new(r.MaxOutcomePayment, r.ActualOutcomePayments, r.Currency);

    public static OutcomeEvidence Of(IndigoRecord record, CaseEvidence? evidence)
    {
        var figures = OutcomeFigures.Of(record, evidence);
        var entries = evidence?.Entries ?? [];
        return new OutcomeEvidence(new EvidenceSource(Dataset, record.Id, CatalogueEndpoints.GolabPage(record.Id)), figures.Payments,
            figures.Metrics, SuggestedRatios.Of(figures), entries, entries.Count);
    }
}
