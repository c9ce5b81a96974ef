namespace SibReview.Agreement;

/// <summary>
/// Fisher's noncentral hypergeometric distribution of the top-left cell X of a 2 × 2 table with fixed margins:
/// P(X = s; ψ) ∝ ψ^s / (s! (k − s)! (m − s)! (n − k + s)!) for s in [<see cref="Lo"/>, <see cref="Hi"/>], where
/// the four factorials are the cells of the table whose top-left cell is s, and ψ is the odds ratio (ψ = 1: the
/// ordinary hypergeometric). These are the functions dnhyper, mnhyper and pnhyper of R's fisher.test.
/// </summary>
internal sealed class NoncentralHypergeometric
{
    // Log weights up to a constant. Summing the two diagonal cells and the two off-diagonal cells first makes
    // the weights bit-identical when the table is transposed (b and c swap), so results are too.
    private readonly double[] logWeights;

    public NoncentralHypergeometric(ThemeByCohortTable table)
    {
        var (a, b, c, d) = table;
        Lo = Math.Max(0, a - d);
        Hi = Math.Min(a + b, a + c);
        logWeights = new double[Hi - Lo + 1];
        for (int s = Lo; s <= Hi; s++)
            logWeights[s - Lo] = -((LogFactorial(s) + LogFactorial(d - a + s)) + (LogFactorial(a + b - s) + LogFactorial(a + c - s)));
    }

    /// <summary>Smallest possible top-left cell given the margins.</summary>
    public int Lo { get; }

    /// <summary>Largest possible top-left cell given the margins.</summary>
    public int Hi { get; }

    /// <summary>P(X = s; ψ) for s = Lo..Hi (index s − Lo), ψ in (0, ∞).</summary>
    public double[] Density(double psi)
    {
        double logPsi = Math.Log(psi);
        var p = new double[logWeights.Length];
        double max = double.NegativeInfinity;
        for (int i = 0; i < p.Length; i++) max = Math.Max(max, p[i] = logWeights[i] + logPsi * (Lo + i));
        double sum = 0;
        for (int i = 0; i < p.Length; i++) sum += p[i] = Math.Exp(p[i] - max);
        for (int i = 0; i < p.Length; i++) p[i] /= sum;
        return p;
    }

    /// <summary>E(X; ψ), ψ in [0, ∞).</summary>
    public double Mean(double psi)
    {
        if (psi == 0) return Lo;
        var p = Density(psi);
        double mean = 0;
        for (int i = 0; i < p.Length; i++) mean += (Lo + i) * p[i];
        return mean;
    }

    /// <summary>P(X ≤ x; ψ), ψ in [0, ∞).</summary>
    public double AtMost(int x, double psi) =>
        psi == 0 ? (x >= Lo ? 1 : 0) : Density(psi).Take(x - Lo + 1).Sum();

    /// <summary>P(X ≥ x; ψ), ψ in [0, ∞).</summary>
    public double AtLeast(int x, double psi) =>
        psi == 0 ? (x <= Lo ? 1 : 0) : Density(psi).Skip(x - Lo).Sum();

    private static double LogFactorial(int n) => Distributions.LogGamma(n + 1.0);
}
