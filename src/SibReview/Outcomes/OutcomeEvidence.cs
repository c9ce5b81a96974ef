using SibReview.Cases.Catalogue;
using SibReview.Cases.Indigo;

namespace SibReview.Outcomes;

/// <summary>Outcome payments in the case's currency, as INDIGO gives them.</summary>
public sealed record PaymentEvidence(decimal? MaxOutcomePayment, decimal? ActualOutcomePayments, string? Currency);

/// <summary>Where the evidence comes from: INDIGO, the GO Lab's Impact Bond Dataset, and the case's page there.</summary>
public sealed record EvidenceSource(string Dataset, string IndigoId, string Page);

/// <summary>The suggested ratio on each basis: payments, and metrics under each rule of combining them.</summary>
public sealed record SuggestedRatios(decimal? Payments, decimal? MetricsAll, decimal? MetricsMean, decimal? MetricsPaymentWeighted);

public sealed record OutcomeEvidence(EvidenceSource Source, PaymentEvidence Payments, IReadOnlyList<MetricAchievement> Metrics,
    SuggestedRatios Suggested)
{
    public const string Dataset = "INDIGO Impact Bond Dataset (Government Outcomes Lab, University of Oxford)";

    public static PaymentEvidence PaymentsOf(IndigoRecord r) => new(r.MaxOutcomePayment, r.ActualOutcomePayments, r.Currency);

    public static OutcomeEvidence Of(IndigoRecord record)
    {
        var metrics = Achievement.Metrics(record);
        return new OutcomeEvidence(new EvidenceSource(Dataset, record.Id, CatalogueEndpoints.GolabPage(record.Id)), PaymentsOf(record),
            metrics, new SuggestedRatios(Achievement.Payments(record), Achievement.Combine(metrics, MetricRule.All),
                Achievement.Combine(metrics, MetricRule.Mean), Achievement.Combine(metrics, MetricRule.PaymentWeighted)));
    }
}
