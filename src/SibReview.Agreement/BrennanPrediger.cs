namespace SibReview.Agreement;

/// <summary>Brennan-Prediger coefficient with its linearisation standard error.</summary>
public sealed record BrennanPredigerResult : AgreementResult
{
    /// <summary>p_a: Gwet's percent agreement (mean over units with two or more ratings).</summary>
    public required double ObservedAgreement { get; init; }

    /// <summary>p_e = 1/q.</summary>
    public required double ExpectedAgreement { get; init; }

    /// <summary>q: categories in the rating scheme (<see cref="ReliabilityData.Categories"/>).</summary>
    public required int CategoryCount { get; init; }
}

/// <summary>Brennan and Prediger's free-marginal kappa.</summary>
public static class BrennanPrediger
{
    private const string Name = "Brennan-Prediger coefficient";

    /// <summary>
    /// Brennan and Prediger (1981), "Coefficient kappa: some uses, misuses, and alternatives", Educational
    /// and Psychological Measurement 41, 687–699: κ_q = (p_a − 1/q)/(1 − 1/q), chance agreement 1/q for q
    /// categories in the scheme (free marginals). Multi-rater p_a and SE as in Gwet (2014, Handbook, ch. 4–5;
    /// irrCAC bp.coeff.raw): linearisation variance Σ_i ((n/n₂)(p_a|i − p_e[r_i ≥ 2])/(1 − p_e) − κ_q)²/(n(n − 1)),
    /// 95% interval κ_q ± t(0.975, n − 1)·SE clipped to 1.
    /// <para>
    /// Edge cases: one category used while q ≥ 2 → 1; a scheme with a single category (q = 1, p_e = 1) →
    /// <see cref="AgreementProblemKind.NoVariation"/>; no unit with two ratings → <see cref="AgreementProblemKind.NoPairableUnits"/>.
    /// </para>
    /// </summary>
    public static AgreementOutcome<BrennanPredigerResult> Compute(ReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var tally = data.Tally;
        if (tally.PairableUnits == 0)
            return AgreementOutcome<BrennanPredigerResult>.Failed(AgreementProblemKind.NoPairableUnits, Name,
                "no unit was rated by two or more coders");
        int q = data.Categories.Count;
        if (q < 2)
            return AgreementOutcome<BrennanPredigerResult>.Failed(AgreementProblemKind.NoVariation, Name,
                "the rating scheme has a single category, so p_e = 1/q = 1 and the coefficient is 0/0; declare the scheme's other categories (categoryOrder) if coders could have chosen them");

        var gwet = GwetLinearization.From(tally);
        double pe = 1.0 / q;
        double pa = gwet.ObservedAgreement;
        double bp = Interval.AtMostOne((pa - pe) / (1 - pe));
        double? se = gwet.StandardError(bp, pe, null);

        var notes = new List<string>();
        if (se is null) notes.Add("The standard error needs at least two rated units.");
        return AgreementOutcome<BrennanPredigerResult>.Computed(new BrennanPredigerResult
        {
            Coefficient = Name,
            Value = bp,
            StandardError = se,
            ConfidenceInterval = Interval.Student(bp, se, gwet.RatedUnits - 1),
            ObservedAgreement = pa,
            ExpectedAgreement = pe,
            CategoryCount = q,
            Counts = tally.Counts(data, gwet.RatedUnits, gwet.Ratings),
            Notes = notes,
        });
    }
}
