namespace SibReview.Agreement;

/// <summary>Fisher's exact test on a theme-by-cohort table, with the odds ratio two ways.</summary>
public sealed record FisherExactResult
{
    /// <summary>The table tested.</summary>
    public required ThemeByCohortTable Table { get; init; }

    /// <summary>
    /// Two-sided p: the total probability, under independence and the observed margins, of every table no more
    /// probable than the observed one (probabilities compared with relative tolerance 1e−7, as R does).
    /// </summary>
    public required double PValueTwoSided { get; init; }

    /// <summary>One-sided p = P(X ≤ a) for the alternative odds ratio &lt; 1: the theme is rarer among successful cases.</summary>
    public required double PValueLess { get; init; }

    /// <summary>One-sided p = P(X ≥ a) for the alternative odds ratio &gt; 1: the theme is commoner among successful cases.</summary>
    public required double PValueGreater { get; init; }

    /// <summary>
    /// The sample (cross-product) odds ratio ad/bc: 0 when a or d is 0, +∞ when b or c is 0; null when a margin
    /// is empty (then ad = bc = 0 and the ratio is undefined).
    /// </summary>
    public required double? SampleOddsRatio { get; init; }

    /// <summary>
    /// The conditional maximum-likelihood estimate of the odds ratio (the ψ whose noncentral hypergeometric mean
    /// is a), R's fisher.test "odds ratio": 0 when a is as small as the margins allow, +∞ when as large; null when
    /// a margin is empty.
    /// </summary>
    public required double? ConditionalOddsRatio { get; init; }

    /// <summary>
    /// The exact conditional interval for the odds ratio (Cornfield 1956), found as R's fisher.test finds it.
    /// Lower bound 0 when a is as small as the margins allow; upper bound +∞ when as large.
    /// </summary>
    public required ConfidenceInterval ConfidenceInterval { get; init; }

    /// <summary>Explanations of special cases: an empty margin, a zero cell.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>Fisher's exact test for a 2 × 2 table, as R's fisher.test computes it.</summary>
public static class FisherExactTest
{
    private const double RelativeError = 1 + 1e-7;

    /// <summary>
    /// Fisher's (1935) exact test of independence of cohort and theme, conditional on the margins: p-values, the
    /// sample and the conditional maximum-likelihood odds ratio, and the exact conditional interval, following R's
    /// stats::fisher.test (2 × 2 case) step for step, including its root finder (see README).
    /// An empty margin gives p-values 1, null odds ratios and the interval [0, +∞): the table says nothing about
    /// association. Never NaN. Counts in the thousands are fine (log-gamma weights).
    /// </summary>
    /// <param name="table">The counts; none may be negative.</param>
    /// <param name="confidenceLevel">Two-sided level of the interval, in (0, 1); 0.90 gives the two 95% one-sided bounds.</param>
    public static FisherExactResult Compute(ThemeByCohortTable table, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(table);
        table.EnsureCounts();
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "the confidence level must be between 0 and 1");

        var x = table.SuccessfulWithTheme;
        var distribution = new NoncentralHypergeometric(table);
        var (lo, hi) = (distribution.Lo, distribution.Hi);
        var p = distribution.Density(1);
        double observed = p[x - lo] * RelativeError;
        double alpha = (1 - confidenceLevel) / 2;
        bool empty = table.EmptyMargin is not null;

        return new FisherExactResult
        {
            Table = table,
            PValueTwoSided = Probability(p.Where(q => q <= observed).Sum()),
            PValueLess = Probability(p.Take(x - lo + 1).Sum()),
            PValueGreater = Probability(p.Skip(x - lo).Sum()),
            SampleOddsRatio = empty ? null : SampleOddsRatio(table),
            ConditionalOddsRatio = empty ? null
                : x == lo ? 0 : x == hi ? double.PositiveInfinity : ConditionalEstimate(distribution, x),
            ConfidenceInterval = new ConfidenceInterval(
                x == lo ? 0 : LowerBound(distribution, x, alpha),
                x == hi ? double.PositiveInfinity : UpperBound(distribution, x, alpha),
                confidenceLevel,
                "exact conditional (Cornfield 1956): inverts the two one-sided Fisher tests; R fisher.test's root finder and tolerance"),
            Notes = Notes(table, x, lo, hi),
        };
    }

    private static double SampleOddsRatio(ThemeByCohortTable t)
    {
        double ad = (double)t.SuccessfulWithTheme * t.StrugglingWithoutTheme;
        double bc = (double)t.SuccessfulWithoutTheme * t.StrugglingWithTheme;
        return bc == 0 ? double.PositiveInfinity : ad / bc;
    }

    // R's mle(x): solve E(X; ψ) = x on ψ in (0, 1), or on 1/ψ in (ε, 1) when the estimate is above 1.
    private static double ConditionalEstimate(NoncentralHypergeometric h, int x)
    {
        double mean = h.Mean(1);
        if (mean > x) return Zeroin.FindRoot(psi => h.Mean(psi) - x, 0, 1);
        if (mean < x) return 1 / Zeroin.FindRoot(t => h.Mean(1 / t) - x, Zeroin.MachineEpsilon, 1);
        return 1;
    }

    // R's ncp.L: the ψ with P(X ≥ x; ψ) = α.
    private static double LowerBound(NoncentralHypergeometric h, int x, double alpha)
    {
        double p = h.AtLeast(x, 1);
        if (p > alpha) return Zeroin.FindRoot(psi => h.AtLeast(x, psi) - alpha, 0, 1);
        if (p < alpha) return 1 / Zeroin.FindRoot(t => h.AtLeast(x, 1 / t) - alpha, Zeroin.MachineEpsilon, 1);
        return 1;
    }

    // R's ncp.U: the ψ with P(X ≤ x; ψ) = α.
    private static double UpperBound(NoncentralHypergeometric h, int x, double alpha)
    {
        double p = h.AtMost(x, 1);
        if (p < alpha) return Zeroin.FindRoot(psi => h.AtMost(x, psi) - alpha, 0, 1);
        if (p > alpha) return 1 / Zeroin.FindRoot(t => h.AtMost(x, 1 / t) - alpha, Zeroin.MachineEpsilon, 1);
        return 1;
    }

    // Sums of probabilities can pass 1 by a rounding error; R clamps the same way.
    private static double Probability(double p) => Math.Clamp(p, 0, 1);

    private static List<string> Notes(ThemeByCohortTable table, int x, int lo, int hi)
    {
        if (table.EmptyMargin is { } empty)
            return [$"{empty}, so the table says nothing about association: every p-value is 1, both odds ratios are undefined (null) and the interval is [0, +∞)"];
        var notes = new List<string>();
        if (x == lo) notes.Add("a zero cell puts the top-left count at its smallest possible value: both odds ratios are 0 and the interval's lower bound is 0");
        if (x == hi) notes.Add("a zero cell puts the top-left count at its largest possible value: both odds ratios are +∞ and the interval's upper bound is +∞");
        return notes;
    }
}
