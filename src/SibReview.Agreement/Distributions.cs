namespace SibReview.Agreement;

/// <summary>Quantiles needed for 95% intervals: the normal z and Student's t.</summary>
internal static class Distributions
{
    /// <summary>z_{0.975}, the two-sided 95% standard normal quantile.</summary>
    public const double Z975 = 1.959963984540054;

    /// <summary>
    /// Student's t quantile t_{p, df} for p in (0.5, 1), found by bisection on the CDF
    /// F(t) = 1 − ½·I_{df/(df+t²)}(df/2, ½) (regularized incomplete beta, continued fraction).
    /// </summary>
    public static double StudentTQuantile(double p, double df)
    {
        if (!(p > 0.5 && p < 1)) throw new ArgumentOutOfRangeException(nameof(p));
        if (!(df >= 1)) throw new ArgumentOutOfRangeException(nameof(df));
        if (df > 1e7) return p == 0.975 ? Z975 : throw new ArgumentOutOfRangeException(nameof(df));
        double lo = 0, hi = 1;
        while (StudentTCdf(hi, df) < p) hi *= 2;
        for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (StudentTCdf(mid, df) < p) lo = mid; else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    /// <summary>Student's t CDF for t ≥ 0.</summary>
    public static double StudentTCdf(double t, double df) =>
        1 - 0.5 * RegularizedIncompleteBeta(df / 2, 0.5, df / (df + t * t));

    private static double RegularizedIncompleteBeta(double a, double b, double x)
    {
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        double front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + a * Math.Log(x) + b * Math.Log(1 - x));
        return x < (a + 1) / (a + b + 2)
            ? front * BetaContinuedFraction(a, b, x) / a
            : 1 - front * BetaContinuedFraction(b, a, 1 - x) / b;
    }

    // Modified Lentz evaluation of the continued fraction for I_x(a, b).
    private static double BetaContinuedFraction(double a, double b, double x)
    {
        const double tiny = 1e-300;
        double c = 1, d = 1 - (a + b) * x / (a + 1);
        if (Math.Abs(d) < tiny) d = tiny;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 10_000; m++)
        {
            int m2 = 2 * m;
            double num = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + num * d; if (Math.Abs(d) < tiny) d = tiny; d = 1 / d;
            c = 1 + num / c; if (Math.Abs(c) < tiny) c = tiny;
            h *= d * c;
            num = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + num * d; if (Math.Abs(d) < tiny) d = tiny; d = 1 / d;
            c = 1 + num / c; if (Math.Abs(c) < tiny) c = tiny;
            double delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-16) break;
        }
        return h;
    }

    // Lanczos approximation (g = 7, n = 9), accurate to about 1e-15 for x > 0.
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(x) for x &gt; 0 (Lanczos); ln n! = LogGamma(n + 1) stays finite for counts in the millions.</summary>
    public static double LogGamma(double x)
    {
        if (x < 0.5) return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        x -= 1;
        double sum = Lanczos[0];
        double t = x + 7.5;
        for (int i = 1; i < Lanczos.Length; i++) sum += Lanczos[i] / (x + i);
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }
}

/// <summary>Builders for the Wald intervals and guards shared by the metrics.</summary>
internal static class Interval
{
    /// <summary>Normal-quantile interval clipped to [floor, 1]; null when the SE is undefined.</summary>
    public static ConfidenceInterval? Normal(double estimate, double? se, double floor = -1) =>
        se is double s
            ? Clip(estimate - Distributions.Z975 * s, estimate + Distributions.Z975 * s, floor,
                $"Wald: estimate ± z(0.975)·SE, clipped to [{floor}, 1]")
            : null;

    /// <summary>Student-t interval with df degrees of freedom (Gwet 2014 uses df = n − 1), clipped to [floor, 1]; null when undefined.</summary>
    public static ConfidenceInterval? Student(double estimate, double? se, int df, double floor = -1)
    {
        if (se is not double s || df < 1) return null;
        double t = Distributions.StudentTQuantile(0.975, df);
        return Clip(estimate - t * s, estimate + t * s, floor,
            $"Wald: estimate ± t(0.975, df = {df})·SE, clipped to [{floor}, 1] (Gwet 2014)");
    }

    private static ConfidenceInterval Clip(double lo, double hi, double floor, string method) =>
        new(Math.Max(floor, lo), Math.Min(1, hi), 0.95, method);

    /// <summary>Square root of a variance, or null when it is not a finite number (tiny negatives from rounding become 0).</summary>
    public static double? SqrtOrNull(double variance)
    {
        if (double.IsNaN(variance) || double.IsInfinity(variance)) return null;
        return Math.Sqrt(Math.Max(0, variance));
    }

    /// <summary>Rounding can put a ratio a hair above 1; coefficients never exceed 1.</summary>
    public static double AtMostOne(double value) => Math.Min(1, value);
}
