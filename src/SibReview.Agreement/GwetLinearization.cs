namespace SibReview.Agreement;

/// <summary>
/// The multi-rater framework of Gwet (2008; 2014, Handbook of Inter-Rater Reliability, 4th ed., ch. 5 and 6),
/// as implemented in Gwet's irrCAC R package (functions pa.coeff.raw, gwet.ac1.raw, fleiss.kappa.raw,
/// bp.coeff.raw): percent agreement p_a averaged over units with two or more ratings, classification
/// probabilities π_k averaged over all rated units, and the linearisation variance
/// v = Σ_i (κ*_i − κ)² / (n(n − 1)) with
/// κ*_i = (n/n₂)(p_a|i − p_e·[r_i ≥ 2])/(1 − p_e) − 2(1 − κ)(p_e|i − p_e)/(1 − p_e),
/// where n counts rated units and n₂ those with r_i ≥ 2. The finite-population correction is taken as 0 (f = 0).
/// </summary>
internal sealed class GwetLinearization
{
    private readonly UnitTally _tally;
    private readonly double[] _unitAgreement; // p_a|i for every unit (0 if r_i < 2)

    private GwetLinearization(UnitTally tally)
    {
        _tally = tally;
        _unitAgreement = new double[tally.UnitCount];
        Pi = new double[tally.CategoryCount];
        double sumAgreement = 0;
        for (int u = 0; u < tally.UnitCount; u++)
        {
            int m = tally.Total[u];
            if (m == 0) continue;
            RatedUnits++;
            Ratings += m;
            long agreeingPairs = 0;
            for (int e = tally.Start[u]; e < tally.Start[u + 1]; e++)
            {
                long c = tally.Count[e];
                agreeingPairs += c * (c - 1);
                Pi[tally.Category[e]] += (double)c / m;
            }
            if (m >= 2)
            {
                PairableUnits++;
                _unitAgreement[u] = (double)agreeingPairs / ((long)m * (m - 1));
                sumAgreement += _unitAgreement[u];
            }
        }
        for (int k = 0; k < Pi.Length; k++) Pi[k] /= Math.Max(1, RatedUnits);
        ObservedAgreement = PairableUnits > 0 ? Interval.AtMostOne(sumAgreement / PairableUnits) : 0;
    }

    /// <summary>n: units with at least one rating.</summary>
    public int RatedUnits { get; }

    /// <summary>n₂: units with at least two ratings.</summary>
    public int PairableUnits { get; }

    /// <summary>Ratings of the rated units.</summary>
    public long Ratings { get; }

    /// <summary>p_a: mean over units with r_i ≥ 2 of Σ_k r_ik(r_ik − 1) / (r_i(r_i − 1)).</summary>
    public double ObservedAgreement { get; }

    /// <summary>π_k = (1/n) Σ_i r_ik / r_i over rated units.</summary>
    public double[] Pi { get; }

    public static GwetLinearization From(UnitTally tally) => new(tally);

    /// <summary>
    /// Standard error of a coefficient (p_a − p_e)/(1 − p_e). When <paramref name="chanceWeights"/> is given,
    /// the unit-level chance agreement is p_e|i = Σ_k r_ik·w_k / r_i (AC1: w_k = (1 − π_k)/(q − 1);
    /// Fleiss: w_k = π_k); without it p_e does not depend on the sample (Brennan-Prediger, percent agreement).
    /// Null when fewer than two units were rated.
    /// </summary>
    public double? StandardError(double coefficient, double chanceAgreement, double[]? chanceWeights)
    {
        int n = RatedUnits;
        if (n < 2 || PairableUnits == 0 || chanceAgreement >= 1) return null;
        double scale = (double)n / PairableUnits, oneMinusPe = 1 - chanceAgreement, sum = 0;
        for (int u = 0; u < _tally.UnitCount; u++)
        {
            int m = _tally.Total[u];
            if (m == 0) continue;
            double x = scale * (_unitAgreement[u] - (m >= 2 ? chanceAgreement : 0)) / oneMinusPe;
            if (chanceWeights is not null)
            {
                double unitChance = 0;
                for (int e = _tally.Start[u]; e < _tally.Start[u + 1]; e++)
                    unitChance += _tally.Count[e] * chanceWeights[_tally.Category[e]];
                unitChance /= m;
                x -= 2 * (1 - coefficient) * (unitChance - chanceAgreement) / oneMinusPe;
            }
            sum += (x - coefficient) * (x - coefficient);
        }
        return Interval.SqrtOrNull(sum / ((double)n * (n - 1)));
    }
}
