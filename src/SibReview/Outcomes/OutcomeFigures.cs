using SibReview.Cases.Indigo;

namespace SibReview.Outcomes;

/// <summary>The figures of a case's outcome evidence a coder may give from a document: two of payments, three of each metric.</summary>
public static class EvidenceFigure
{
    public const string MaxOutcomePayment = "max-outcome-payment";
    public const string ActualOutcomePayments = "actual-outcome-payments";
    public const string Target = "target";
    public const string Achieved = "achieved";
    public const string MaximumPayment = "maximum-payment";
    public static readonly IReadOnlyList<string> OfPayments = [MaxOutcomePayment, ActualOutcomePayments];
    public static readonly IReadOnlyList<string> OfMetric = [Target, Achieved, MaximumPayment];

    /// <summary>As a researcher names it in the audit trail.</summary>
    public static string Label(string figure) => figure switch
    {
        MaxOutcomePayment => "maximum outcome payment",
        ActualOutcomePayments => "actual outcome payments",
        Target => "target",
        Achieved => "result",
        MaximumPayment => "maximum payment",
        _ => figure,
    };
}

/// <summary>
/// The figures an achievement ratio is computed from: INDIGO's, then each correction and addition the coders recorded, in
/// order, so the latest value of a figure wins and the earlier ones stay in the evidence's history.
/// </summary>
public sealed record OutcomeFigures(PaymentEvidence Payments, IReadOnlyList<MetricAchievement> Metrics)
{
    public static OutcomeFigures Of(IndigoRecord record, CaseEvidence? evidence = null) =>
        (evidence?.Entries ?? []).Aggregate(new OutcomeFigures(OutcomeEvidence.PaymentsOf(record), Achievement.Metrics(record)),
            (figures, entry) => figures.With(entry));

    public MetricAchievement? Metric(string? key) => Metrics.FirstOrDefault(m => m.Key == key);

    /// <summary>A figure's value now: INDIGO's or the latest given; null when nobody gave one.</summary>
    public decimal? ValueOf(string figure, string? metricKey) => figure switch
    {
        EvidenceFigure.MaxOutcomePayment => Payments.MaxOutcomePayment,
        EvidenceFigure.ActualOutcomePayments => Payments.ActualOutcomePayments,
        EvidenceFigure.Target => Metric(metricKey)?.TargetNumber,
        EvidenceFigure.Achieved => Metric(metricKey)?.Achieved,
        _ => Metric(metricKey)?.MaximumPayment,
    };

    private OutcomeFigures With(EvidenceEntry entry) => entry.AddedMetric is { } definition
        ? this with { Metrics = [.. Metrics, entry.Figures.Aggregate(Added(entry.MetricKey!, definition), (m, f) => m.With(f.Figure, f.To))] }
        : entry.Figures.Aggregate(this, (figures, f) => figures.With(f.Figure, entry.MetricKey, f.To));

    private OutcomeFigures With(string figure, string? metricKey, decimal value) => figure switch
    {
        EvidenceFigure.MaxOutcomePayment => this with { Payments = Payments with { MaxOutcomePayment = value } },
        EvidenceFigure.ActualOutcomePayments => this with { Payments = Payments with { ActualOutcomePayments = value } },
        _ => this with { Metrics = [.. Metrics.Select(m => m.Key == metricKey ? m.With(figure, value) : m)] },
    };

    private static MetricAchievement Added(string key, string definition) =>
        new(key, null, definition, null, null, null, null, null, null, null, null, null, null);
}
