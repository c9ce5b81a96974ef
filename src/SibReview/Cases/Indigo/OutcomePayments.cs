using System.Globalization;

namespace SibReview.Cases.Indigo;

/// <summary>A project's outcome payments, actual and planned, summed.</summary>
internal sealed record OutcomePayments(decimal? Actual, decimal? Planned, string? LatestPlanId)
{
    public static OutcomePayments Sum(IEnumerable<OutcomePaymentRow> rows)
    {
        var all = rows.ToList();
        var planned = all.Where(row => row.IsType("Planned")).ToList();
        // INDIGO keeps every revision of a payment plan (plan1, plan2...), and the early ones can be
        // far from what was finally agreed, so only the latest plan counts; it is the one with the
        // highest number. When no planned row names a plan, they are all one plan.
        var latestPlan = planned
            .Select(row => row.PlanId)
            .OfType<string>()
            .OrderBy(PlanNumber)
            .ThenBy(id => id, StringComparer.OrdinalIgnoreCase)
            .LastOrDefault();
        var latestPlanned = planned.Where(row => latestPlan is null || string.Equals(row.PlanId, latestPlan, StringComparison.OrdinalIgnoreCase));
        return new OutcomePayments(Total(all.Where(row => row.IsType("Actual"))), Total(latestPlanned), latestPlan);
    }

    private static decimal? Total(IEnumerable<OutcomePaymentRow> rows) =>
        rows.Select(row => row.Amount).OfType<decimal>().Aggregate((decimal?)null, (sum, amount) => (sum ?? 0) + amount);

    private static int PlanNumber(string planId)
    {
        var digits = planId.Length - planId.AsSpan().TrimEnd("0123456789").Length;
        return digits > 0 && int.TryParse(planId.AsSpan(planId.Length - digits), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;
    }
}
