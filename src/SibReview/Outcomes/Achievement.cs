using System.Globalization;
using SibReview.Cases.Indigo;
using SibReview.Studies;

namespace SibReview.Outcomes;

/// <summary>
/// One outcome metric's target and latest result as INDIGO states them (the numbers are null where the text is not a plain
/// number), with the coders' corrections applied. Key names the metric within its case; MetricId is INDIGO's own id.
/// </summary>
public sealed record MetricAchievement(
    string Key, string? MetricId, string? Definition, string? Target, string? TargetedServiceUsers, decimal? TargetNumber,
    string? ResultType, string? ResultPeriodEnd, string? OutcomesAchieved, string? NumberWithPositiveOutcomes, decimal? Achieved,
    decimal? Ratio, decimal? MaximumPayment)
{
    /// <summary>The metric with one figure given anew (see <see cref="EvidenceFigure"/>), its ratio read again.</summary>
    public MetricAchievement With(string figure, decimal value)
    {
        var changed = figure switch
        {
            EvidenceFigure.Target => this with { TargetNumber = value },
            EvidenceFigure.Achieved => this with { Achieved = value },
            EvidenceFigure.MaximumPayment => this with { MaximumPayment = value },
            _ => throw new ArgumentException($"'{figure}' is not a figure of a metric.", nameof(figure)),
        };
        return changed with { Ratio = Achievement.Ratio(changed.Achieved, changed.TargetNumber) };
    }
}

/// <summary>The achievement ratio SibReview suggests from a case's evidence; the coder confirms or overrides it.</summary>
public static class Achievement
{
    /// <summary>Actual over maximum outcome payments; null when either is missing or the maximum is 0.</summary>
    public static decimal? Payments(PaymentEvidence payments) =>
        payments.ActualOutcomePayments is { } actual && payments.MaxOutcomePayment is > 0m and { } max ? Round(actual / max) : null;

    public static IReadOnlyList<MetricAchievement> Metrics(IndigoRecord record)
    {
        var metrics = record.OutcomeMetrics;
        return [.. metrics.Select((m, i) => Of(m, KeyOf(metrics, i)))];
    }

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

    /// <summary>The ratio under the study's basis and rule.</summary>
    public static decimal? Suggest(OutcomeFigures figures, AchievementSetting setting) =>
        setting.Basis == AchievementBasis.Payments ? Payments(figures.Payments) : Combine(figures.Metrics, setting.Rule ?? MetricRule.All);

    /// <summary>Achieved over target; null when either is missing or the target is 0.</summary>
    public static decimal? Ratio(decimal? achieved, decimal? target) => target > 0m && achieved is { } a ? Round(a / target.Value) : null;

    /// <summary>Four decimals (0.01%): the precision a coder confirms and agreement is computed on.</summary>
    public static decimal Round(decimal ratio) => Math.Round(ratio, 4, MidpointRounding.AwayFromZero);

    /// <summary>
    /// INDIGO's id where it is unique in the case; else the id and its occurrence ("outcomemetric1-2": INDIGO lists some
    /// projects' metrics once per cohort); or the position when INDIGO gives no id. Corrections name metrics by it.
    /// </summary>
    private static string KeyOf(IReadOnlyList<OutcomeMetric> metrics, int index) =>
        metrics[index].Id is not { } id ? $"metric-{index + 1}"
        : metrics.Count(m => m.Id == id) == 1 ? id
        : $"{id}-{metrics.Take(index + 1).Count(m => m.Id == id)}";

    private static MetricAchievement Of(OutcomeMetric metric, string key)
    {
        var target = Number(metric.TargetedServiceUsers) ?? Number(metric.Target);
        // The final result if there is one, else the latest interim; only results that give a plain count can be read.
        var result = metric.Results.Where(r => Achieved(r) is not null)
            .OrderBy(r => r.ResultType == "Final").ThenBy(r => r.PeriodEnd, StringComparer.Ordinal).LastOrDefault();
        var achieved = result is null ? null : Achieved(result);
        var prices = metric.Pricings.Select(p => p.MaximumPriceIfAllTargetsAchieved).OfType<decimal>().ToList();
        return new MetricAchievement(key, metric.Id, metric.Definition, metric.Target, metric.TargetedServiceUsers, target,
            result?.ResultType, result?.PeriodEnd, result?.OutcomesAchieved, result?.NumberWithPositiveOutcomes, achieved,
            Ratio(achieved, target), prices.Count == 0 ? null : prices.Sum());
    }

    private static decimal? Achieved(OutcomeResult result) => Number(result.NumberWithPositiveOutcomes) ?? Number(result.OutcomesAchieved);

    /// <summary>A plain number such as "1,802" or "345"; prose ("79% of all eligible girls") is not read.</summary>
    private static decimal? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite |
            NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var number) ? number : null;
}
