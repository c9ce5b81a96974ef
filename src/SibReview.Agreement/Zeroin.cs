namespace SibReview.Agreement;

/// <summary>
/// Brent's (1973) root finder exactly as R's uniroot runs it (R_zeroin2 in R's src/library/stats/src/zeroin.c,
/// after netlib's zeroin.c), with uniroot's default tolerance. fisher.test finds its odds ratio estimate and
/// interval with uniroot; running the same steps makes this library print R's numbers digit for digit.
/// </summary>
internal static class Zeroin
{
    /// <summary>R's .Machine$double.eps, 2^−52 (not .NET's double.Epsilon, the smallest subnormal).</summary>
    public const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>
    /// uniroot's default tol, .Machine$double.eps^0.25 = 2^−13 ≈ 1.22e−4: the search stops once the root is
    /// bracketed this tightly. Bounds R finds on the reciprocal scale (odds ratios above 1) therefore differ from
    /// the exact root by up to tol·OR², which R users have always accepted and which keeps our numbers R's.
    /// </summary>
    public const double UnirootTolerance = 1.220703125e-4;

    /// <summary>
    /// A root of f in [lower, upper]. Where f does not change sign (R's uniroot stops with an error), the end
    /// with the smaller |f| is returned: the root lies beyond the search interval.
    /// </summary>
    public static double FindRoot(Func<double, double> f, double lower, double upper)
    {
        double a = lower, b = upper, fa = f(a), fb = f(b);
        if (fa == 0) return a;
        if (fb == 0) return b;
        if (Math.Sign(fa) == Math.Sign(fb)) return Math.Abs(fa) < Math.Abs(fb) ? a : b;
        double c = a, fc = fa;
        for (int iteration = 0; iteration <= 1000; iteration++)
        {
            double previousStep = b - a;
            if (Math.Abs(fc) < Math.Abs(fb))
            {
                (a, b, c) = (b, c, b);
                (fa, fb, fc) = (fb, fc, fb);
            }
            double tolerance = 2 * MachineEpsilon * Math.Abs(b) + UnirootTolerance / 2;
            double step = (c - b) / 2;
            if (Math.Abs(step) <= tolerance || fb == 0) return b;

            if (Math.Abs(previousStep) >= tolerance && Math.Abs(fa) > Math.Abs(fb))
            {
                double p, q, cb = c - b;
                if (a == c)
                {
                    // Two distinct points: linear interpolation (secant).
                    double t1 = fb / fa;
                    p = cb * t1;
                    q = 1 - t1;
                }
                else
                {
                    // Inverse quadratic interpolation.
                    double qa = fa / fc, t1 = fb / fc, t2 = fb / fa;
                    p = t2 * (cb * qa * (qa - t1) - (b - a) * (t1 - 1));
                    q = (qa - 1) * (t1 - 1) * (t2 - 1);
                }
                if (p > 0) q = -q; else p = -p;
                if (p < 0.75 * cb * q - Math.Abs(tolerance * q) / 2 && p < Math.Abs(previousStep * q / 2))
                    step = p / q;
            }
            if (Math.Abs(step) < tolerance) step = step > 0 ? tolerance : -tolerance;
            a = b;
            fa = fb;
            b += step;
            fb = f(b);
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0))
            {
                c = a;
                fc = fa;
            }
        }
        return b;
    }
}
