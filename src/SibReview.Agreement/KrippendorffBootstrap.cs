namespace SibReview.Agreement;

/// <summary>
/// Settings for the KALPHA bootstrap of Krippendorff's alpha (Hayes and Krippendorff 2007, "Answering the
/// call for a standard reliability measure for coding data", Communication Methods and Measures 1, 77–89;
/// algorithm of Krippendorff's "Algorithm for bootstrapping a distribution of α", 2006/2011, as in Hayes'
/// KALPHA macro, version 3.0, 2011). Note: KALPHA draws at most 25 pairs per non-zero coincidence cell per
/// sample, so for large data sets its interval is wider than the sampling error of α alone would suggest.
/// </summary>
public sealed record AlphaBootstrapOptions
{
    /// <summary>The minimums KALPHA reports q for (with Krippendorff's 0.667 in place of KALPHA's 0.67).</summary>
    public static readonly IReadOnlyList<double> DefaultMinimums = [0.9, 0.8, 0.7, 0.667, 0.6, 0.5];

    /// <summary>
    /// Number of bootstrap samples B; default 1000, the minimum KALPHA accepts (Hayes and Krippendorff
    /// recommend more, e.g. 10 000, for reporting). Must be at least 100.
    /// </summary>
    public int Samples { get; init; } = 1000;

    /// <summary>
    /// Seed of the random number generator (xoshiro256**, seeded through SplitMix64). The same data, level,
    /// samples and seed give bit-identical results on every platform and runtime. Default 0.
    /// </summary>
    public long Seed { get; init; }

    /// <summary>Minimum acceptable alphas for which q = P(α &lt; minimum) is reported; each in [-1, 1].</summary>
    public IReadOnlyList<double> Minimums { get; init; } = DefaultMinimums;

    internal void Validate()
    {
        if (Samples < 100)
            throw new ArgumentOutOfRangeException(nameof(Samples), Samples, "The bootstrap needs at least 100 samples (KALPHA uses at least 1000).");
        ArgumentNullException.ThrowIfNull(Minimums);
        foreach (double min in Minimums)
            if (!(min >= -1 && min <= 1))
                throw new ArgumentOutOfRangeException(nameof(Minimums), min, "Each minimum alpha must lie in [-1, 1].");
    }
}

/// <summary>The probability <paramref name="Q"/> that alpha is below <paramref name="Minimum"/>.</summary>
public sealed record AlphaMinimumProbability(double Minimum, double Q);

/// <summary>Summary of the bootstrap distribution of alpha.</summary>
/// <param name="Samples">B, the number of bootstrap samples.</param>
/// <param name="Seed">The seed used.</param>
/// <param name="PairsPerSample">M, the number of pairs of values drawn per sample.</param>
/// <param name="Mean">Mean of the bootstrapped alphas.</param>
/// <param name="StandardDeviation">Standard deviation of the bootstrapped alphas (divisor B − 1).</param>
/// <param name="ConfidenceInterval">95% percentile interval.</param>
/// <param name="ProbabilitiesBelow">q for each requested minimum: the share of bootstrapped alphas below it.</param>
public sealed record AlphaBootstrap(
    int Samples,
    long Seed,
    long PairsPerSample,
    double Mean,
    double StandardDeviation,
    ConfidenceInterval ConfidenceInterval,
    IReadOnlyList<AlphaMinimumProbability> ProbabilitiesBelow);

/// <summary>
/// The KALPHA bootstrap: Krippendorff (2006, revised 2011-06-12), "Algorithm for bootstrapping a distribution
/// of α" (manuscript), as implemented in Hayes' KALPHA macro v3.0 (2011) described in Hayes and Krippendorff
/// (2007). It resamples pairs of values from the coincidence matrix, holding the expected disagreement D_e fixed:
/// <list type="number">
/// <item>Each unordered cell {c, k} of the coincidence matrix is a pair type with probability o_cc/n on the
/// diagonal and 2·o_ck/n off it.</item>
/// <item>A sample draws M = min(25·(number of non-zero cells of o), ⌊(m − 1)·n/2⌋) pairs (m = coders with
/// pairable values) and sets α* = 1 − Σ δ²/(M·D_e); α* below −1 becomes −1.</item>
/// <item>A sample of agreeing pairs only (α* = 1) becomes 0 when the data have a single agreeing category;
/// otherwise the first min(nx, count) such samples are set to 0, nx = round(B·Σ_c (o_cc/n)^P),
/// P = Σ_u m_u(m_u − 1)/2 — KALPHA's correction for samples that would show no variation.</item>
/// <item>The 95% interval is the ⌊0.025·B⌋-th and (⌊0.975·B⌋ + 1)-th smallest α*; q(min) is the share of α* below min.</item>
/// </list>
/// Because M is capped ("by a practical limit", Krippendorff's step 2) at 25 draws per non-zero cell, the
/// interval reflects at most that many pairs and does not narrow further for very large data sets.
/// Random numbers come from <see cref="Xoshiro256StarStar"/>, so results are reproducible for a seed but are
/// not the numbers SPSS's generator would give KALPHA.
/// </summary>
internal static class AlphaBootstrapper
{
    public static AlphaBootstrap Run(AlphaCore core, double expectedDisagreement, AlphaBootstrapOptions options)
    {
        var cells = KrippendorffAlpha.Coincidences(core.Data);
        double n = core.N;
        int b = options.Samples;

        var cumulative = new double[cells.Count];
        var delta = new double[cells.Count];
        double running = 0, noVariationMass = 0;
        int nonZeroCells = 0, diagonalCells = 0;
        for (int i = 0; i < cells.Count; i++)
        {
            var (c, k, o) = cells[i];
            bool diagonal = c == k;
            running += diagonal ? o / n : 2 * o / n;
            cumulative[i] = running;
            delta[i] = core.Delta(c, k);
            nonZeroCells += diagonal ? 1 : 2;
            if (diagonal)
            {
                diagonalCells++;
                noVariationMass += Math.Pow(o / n, core.Pairs);
            }
        }
        long nx = (long)Math.Round(b * noVariationMass, MidpointRounding.AwayFromZero);
        long m = Math.Max(1, Math.Min(25L * nonZeroCells, (long)Math.Floor((core.PairingCoders - 1) * n / 2)));

        var rng = new Xoshiro256StarStar(options.Seed);
        var alphas = new double[b];
        int allAgreeing = 0;
        for (int s = 0; s < b; s++)
        {
            double sum = 0;
            for (long d = 0; d < m; d++) sum += delta[Draw(cumulative, rng.NextDouble())];
            double alpha;
            if (sum == 0)
            {
                if (diagonalCells == 1) alpha = 0;
                else { alpha = 1; allAgreeing++; }
            }
            else alpha = Math.Max(-1, 1 - sum / (m * expectedDisagreement));
            alphas[s] = alpha;
        }

        if (nx > 0 && diagonalCells > 1)
        {
            long toReset = Math.Min(nx, allAgreeing);
            for (int s = 0; s < b && toReset > 0; s++)
                if (alphas[s] == 1) { alphas[s] = 0; toReset--; }
        }

        Array.Sort(alphas);
        double mean = alphas.Average();
        double variance = alphas.Sum(a => (a - mean) * (a - mean)) / (b - 1);
        int low = Math.Clamp(b * 25 / 1000 - 1, 0, b - 1);
        int high = Math.Clamp(b * 975 / 1000, 0, b - 1);
        var interval = new ConfidenceInterval(alphas[low], alphas[high], 0.95,
            $"Bootstrap percentile, KALPHA algorithm (Hayes and Krippendorff 2007): B = {b}, M = {m} pairs per sample, seed {options.Seed}");
        var q = options.Minimums
            .Select(min => new AlphaMinimumProbability(min, CountBelow(alphas, min) / (double)b))
            .ToArray();
        return new AlphaBootstrap(b, options.Seed, m, mean, Math.Sqrt(variance), interval, q);
    }

    /// <summary>First cell whose cumulative probability exceeds u (the last cell absorbs rounding).</summary>
    private static int Draw(double[] cumulative, double u)
    {
        int lo = 0, hi = cumulative.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    private static int CountBelow(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
