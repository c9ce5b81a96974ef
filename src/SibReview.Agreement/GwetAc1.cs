namespace SibReview.Agreement;

/// <summary>Gwet's AC1 with its linearisation standard error.</summary>
public sealed record GwetAc1Result : AgreementResult
{
    /// <summary>p_a: Gwet's percent agreement (mean over units with two or more ratings).</summary>
    public required double ObservedAgreement { get; init; }

    /// <summary>p_e = Σ_k π_k(1 − π_k)/(q − 1).</summary>
    public required double ExpectedAgreement { get; init; }

    /// <summary>q: categories in the rating scheme (<see cref="ReliabilityData.Categories"/>).</summary>
    public required int CategoryCount { get; init; }
}

/// <summary>Gwet's AC1 (first-order agreement coefficient), nominal categories.</summary>
public static class GwetAc1
{
    private const string Name = "Gwet's AC1";

    /// <summary>
    /// Gwet's AC1 = (p_a − p_e)/(1 − p_e), Gwet (2008), British Journal of Mathematical and Statistical
    /// Psychology 61, 29–48, in the multi-rater form with missing ratings of Gwet (2014, Handbook of
    /// Inter-Rater Reliability, 4th ed., ch. 4–5; irrCAC gwet.ac1.raw): p_a is the mean over units with r_i ≥ 2
    /// ratings of Σ_k r_ik(r_ik − 1)/(r_i(r_i − 1)); π_k = (1/n) Σ_i r_ik/r_i over the n rated units (units
    /// rated once count here); p_e = Σ_k π_k(1 − π_k)/(q − 1), q = number of categories in the scheme.
    /// SE: Gwet's linearisation variance v = Σ_i (γ*_i − γ)²/(n(n − 1)) with
    /// γ*_i = (n/n₂)(p_a|i − p_e·[r_i ≥ 2])/(1 − p_e) − 2(1 − γ)(p_e|i − p_e)/(1 − p_e),
    /// p_e|i = Σ_k r_ik(1 − π_k)/(r_i(q − 1)), n₂ = units with r_i ≥ 2, no finite-population correction;
    /// 95% interval AC1 ± t(0.975, n − 1)·SE, clipped to 1, as Gwet does.
    /// <para>
    /// Edge cases: everyone uses one category while the scheme has q ≥ 2 categories → AC1 = 1 (p_a = 1,
    /// p_e = 0) with a note; a scheme of a single category (q = 1; declare the full scheme with
    /// <see cref="ReliabilityData.FromLabels"/>'s categoryOrder) → <see cref="AgreementProblemKind.NoVariation"/>;
    /// no unit with two ratings → <see cref="AgreementProblemKind.NoPairableUnits"/>.
    /// </para>
    /// </summary>
    public static AgreementOutcome<GwetAc1Result> Compute(ReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var tally = data.Tally;
        if (tally.PairableUnits == 0)
            return AgreementOutcome<GwetAc1Result>.Failed(AgreementProblemKind.NoPairableUnits, Name,
                "no unit was rated by two or more coders");
        int q = data.Categories.Count;
        if (q < 2)
            return AgreementOutcome<GwetAc1Result>.Failed(AgreementProblemKind.NoVariation, Name,
                "the rating scheme has a single category, so p_e = Σπ(1−π)/(q−1) is 0/0; declare the scheme's other categories (categoryOrder) if coders could have chosen them");

        var gwet = GwetLinearization.From(tally);
        double pe = 0;
        var weights = new double[q];
        for (int k = 0; k < q; k++)
        {
            pe += gwet.Pi[k] * (1 - gwet.Pi[k]);
            weights[k] = (1 - gwet.Pi[k]) / (q - 1);
        }
        pe /= q - 1;
        double pa = gwet.ObservedAgreement;
        double ac1 = Interval.AtMostOne((pa - pe) / (1 - pe));
        double? se = gwet.StandardError(ac1, pe, weights);

        var notes = new List<string>();
        if (gwet.Pi.Count(x => x > 0) == 1)
            notes.Add("All ratings fall in one category; under Gwet's chance model p_e = 0, so AC1 equals the percent agreement (1).");
        if (se is null) notes.Add("The standard error needs at least two rated units.");
        return AgreementOutcome<GwetAc1Result>.Computed(new GwetAc1Result
        {
            Coefficient = Name,
            Value = ac1,
            StandardError = se,
            ConfidenceInterval = Interval.Student(ac1, se, gwet.RatedUnits - 1),
            ObservedAgreement = pa,
            ExpectedAgreement = pe,
            CategoryCount = q,
            Counts = tally.Counts(data, gwet.RatedUnits, gwet.Ratings),
            Notes = notes,
        });
    }
}
