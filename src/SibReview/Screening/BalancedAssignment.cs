namespace SibReview.Screening;

/// <summary>
/// Spreads cases over coders: each case is given coders until it has <c>perCase</c> (those it already has count), the coder
/// with the fewest cases in the study first, ties to the earlier user name, so the same request always gives the same plan.
/// </summary>
public static class BalancedAssignment
{
    public static IReadOnlyList<ScreeningAssignment> Plan(IEnumerable<string> caseIds, IReadOnlyList<string> coders, int perCase,
        IReadOnlyDictionary<string, IReadOnlyList<string>> assigned)
    {
        var load = coders.ToDictionary(c => c, c => assigned.Values.Count(caseCoders => caseCoders.Contains(c)));
        var plan = new List<ScreeningAssignment>();
        foreach (var caseId in caseIds)
        {
            var already = assigned.GetValueOrDefault(caseId) ?? [];
            var chosen = coders.Where(c => !already.Contains(c))
                .OrderBy(c => load[c]).ThenBy(c => c, StringComparer.Ordinal)
                .Take(perCase - already.Count).ToList();
            foreach (var coder in chosen)
            {
                load[coder]++;
                plan.Add(new ScreeningAssignment(caseId, coder));
            }
        }
        return plan;
    }
}
