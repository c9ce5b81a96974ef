using System.Globalization;
using SibReview.Cases.Indigo;

namespace SibReview.Outcomes;

/// <summary>What an achievement ratio is measured against: outcome payments, or outcome metrics' targets.</summary>
public static class AchievementBasis
{
    public const string Payments = "payments";
    public const string Metrics = "metrics";
    public static readonly IReadOnlyList<string> All = [Payments, Metrics];
}

/// <summary>How the metrics' ratios make one: the weakest metric (all must be met), their mean, or weighted by what each pays.</summary>
public static class MetricRule
{
    public const string All = "all";
    public const string Mean = "mean";
    public const string PaymentWeighted = "payment-weighted";
    public static readonly IReadOnlyList<string> Rules = [All, Mean, PaymentWeighted];
}

/// <summary>One outcome metric's target and latest result as INDIGO states them; the numbers are null where the text is not a plain number.</summary>
public sealed record MetricAchievement(
    string? MetricId, string? Definition, string? Target, string? TargetedServiceUsers, decimal? TargetNumber,
    string? ResultType, string? ResultPeriodEnd, string? OutcomesAchieved, string? NumberWithPositiveOutcomes, decimal? Achieved,
    decimal? Ratio, decimal? MaximumPayment);

/// <summary>The achievement ratio SibReview suggests from a case's INDIGO evidence; the coder confirms or overrides it.</summary>
public static class Achievement
{
    /// <summary>Actual over maximum outcome payments; null when either is missing or the maximum is 0.</summary>
    public static decimal? Payments(IndigoRecord record) =>
        record.ActualOutcomePayments is { } actual && record.MaxOutcomePayment is > 0m and { } max ? Round(actual / max) : null;

    public static IReadOnlyList<MetricAchievement> Metrics(IndigoRecord record) => [.. record.OutcomeMetrics.Select(Of)];

    /// <summary>The metrics' ratios combined by the rule, over the metrics whose target and result can both be read.</summary>
    public static decimal? Combine(IReadOnlyList<MetricAchievement> metrics, string rule)
    {
        var usable = metrics.Where(m => m.Ratio is not null).ToList();
        if (usable.Count == 0) return null;
        return rule switch
        {
            MetricRule.All => usable.Min(m => m.Ratio!.Value),
            // Weighting needs every usable metric's price; without them the mean is the honest fallback.
            MetricRule.PaymentWeighted when usable.All(m => m.MaximumPayment > 0m) =>
                Round(usable.Sum(m => m.Ratio!.Value * m.MaximumPayment!.Value) / usable.Sum(m => m.MaximumPayment!.Value)),
            _ => Round(usable.Average(m => m.Ratio!.Value)),
        };
    }

    public static decimal? Suggest(IndigoRecord record, string basis, string rule) =>
        basis == AchievementBasis.Payments ? Payments(record) : Combine(Metrics(record), rule);

    /// <summary>Four decimals (0.01%): the precision a coder confirms and agreement is computed on.</summary>
    public static decimal Round(decimal ratio) => Math.Round(ratio, 4, MidpointRounding.AwayFromZero);

    private static MetricAchievement Of(OutcomeMetric metric)
    {
        var target = Number(metric.TargetedServiceUsers) ?? Number(metric.Target);
        // The final result if there is one, else the latest interim; only results that give a plain count can be read.
        var result = metric.Results.Where(r => Achieved(r) is not null)
            .OrderBy(r => r.ResultType == "Final").ThenBy(r => r.PeriodEnd, StringComparer.Ordinal).LastOrDefault();
        var achieved = result is null ? null : Achieved(result);
        var prices = metric.Pricings.Select(p => p.MaximumPriceIfAllTargetsAchieved).OfType<decimal>().ToList();
        return new MetricAchievement(metric.Id, metric.Definition, metric.Target, metric.TargetedServiceUsers, target,
            result?.ResultType, result?.PeriodEnd, result?.OutcomesAchieved, result?.NumberWithPositiveOutcomes, achieved,
            target > 0m && achieved is { } a ? Round(a / target.Value) : null, prices.Count == 0 ? null : prices.Sum());
    }

    private static decimal? Achieved(OutcomeResult result) => Number(result.NumberWithPositiveOutcomes) ?? Number(result.OutcomesAchieved);

    /// <summary>A plain number such as "1,802" or "345"; prose ("79% of all eligible girls") is not read.</summary>
    private static decimal? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite |
            NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var number) ? number : null;
}
