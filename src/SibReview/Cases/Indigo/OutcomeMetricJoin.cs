namespace SibReview.Cases.Indigo;

/// <summary>A project's metrics with their pricings and results attached, and what could not be attached.</summary>
internal sealed record OutcomeMetricJoin(
    IReadOnlyList<OutcomeMetric> Metrics,
    IReadOnlyList<OutcomeResult> ProjectResults,
    IReadOnlyList<OutcomeResult> UnmatchedResults,
    IReadOnlyList<OutcomePricing> UnmatchedPricings)
{
    public static OutcomeMetricJoin Join(IEnumerable<OutcomeMetric> metrics, IEnumerable<OutcomePricing> pricings, IEnumerable<OutcomeResult> results)
    {
        var metricList = metrics.ToList();
        // Some projects number their metrics twice over (outcomemetric1..6, then 1..17 again), so a
        // repeated ID cannot say which metric a pricing or result is for: those stay unmatched
        // rather than being pinned on a guess.
        var positionById = metricList
            .Select((metric, position) => (metric.Id, Position: position))
            .Where(pair => pair.Id is not null)
            .GroupBy(pair => pair.Id!, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() == 1)
            .ToDictionary(group => group.Key, group => group.Single().Position, StringComparer.OrdinalIgnoreCase);
        int? PositionOf(string? metricId) =>
            metricId is not null && positionById.TryGetValue(metricId, out var position) ? position : null;

        var pricingsByMetric = pricings.ToLookup(pricing => PositionOf(pricing.OutcomeMetricId));
        var resultList = results.ToList();
        var resultsByMetric = resultList.Where(result => result.OutcomeMetricId is not null).ToLookup(result => PositionOf(result.OutcomeMetricId));

        return new OutcomeMetricJoin(
            metricList.Select((metric, position) => metric with
            {
                Pricings = pricingsByMetric[position].ToList(),
                Results = resultsByMetric[position].ToList(),
            }).ToList(),
            resultList.Where(result => result.OutcomeMetricId is null).ToList(),
            resultsByMetric[null].ToList(),
            pricingsByMetric[null].ToList());
    }
}
