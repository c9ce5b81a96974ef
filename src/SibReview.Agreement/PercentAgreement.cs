namespace SibReview.Agreement;

/// <summary>Percent agreement, three ways of counting agreeing coder pairs.</summary>
public sealed record PercentAgreementResult : AgreementResult
{
    /// <summary>
    /// Krippendorff's (2011) observed agreement over pairable values, Σ_c o_cc / n = 1 − D_o at the
    /// nominal level: each unit weighted by its number of pairable values.
    /// </summary>
    public required double PairableValueAgreement { get; init; }

    /// <summary>Share of pairable units in which every rating is the same category.</summary>
    public required double UnitsInFullAgreement { get; init; }
}

/// <summary>Percent agreement: the share of coder pairs that put a unit in the same category.</summary>
public static class PercentAgreement
{
    private const string Name = "Percent agreement";

    /// <summary>
    /// Percent agreement for any number of coders, missing ratings allowed.
    /// <see cref="AgreementResult.Value"/> is Gwet's (2014, Handbook, ch. 2; irrCAC pa.coeff.raw) p_a: for
    /// each unit with r_i ≥ 2 ratings the share of its r_i(r_i − 1) ordered coder pairs that agree, averaged
    /// over those units, with Gwet's linearisation SE and a t(n − 1) interval. With two coders and no
    /// missing ratings p_a, <see cref="PercentAgreementResult.PairableValueAgreement"/> and
    /// <see cref="PercentAgreementResult.UnitsInFullAgreement"/> all equal the plain proportion of units
    /// rated identically. Units rated once are counted in <see cref="AgreementCounts.UnpairableUnits"/> and
    /// do not enter p_a. No unit with two ratings: <see cref="AgreementProblemKind.NoPairableUnits"/>.
    /// A single category used throughout gives 1.
    /// </summary>
    public static AgreementOutcome<PercentAgreementResult> Compute(ReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var tally = data.Tally;
        if (tally.PairableUnits == 0)
            return AgreementOutcome<PercentAgreementResult>.Failed(AgreementProblemKind.NoPairableUnits, Name,
                "no unit was rated by two or more coders, so no pair of ratings can be compared");

        var gwet = GwetLinearization.From(tally);
        double pa = gwet.ObservedAgreement;
        double? se = gwet.StandardError(pa, 0, null);

        long pairableValues = 0, fullAgreement = 0;
        double diagonal = 0;
        for (int u = 0; u < tally.UnitCount; u++)
        {
            int m = tally.Total[u];
            if (m < 2) continue;
            pairableValues += m;
            if (tally.Start[u + 1] - tally.Start[u] == 1) fullAgreement++;
            long same = 0;
            for (int e = tally.Start[u]; e < tally.Start[u + 1]; e++) same += (long)tally.Count[e] * (tally.Count[e] - 1);
            diagonal += (double)same / (m - 1);
        }

        var notes = new List<string>();
        if (se is null) notes.Add("The standard error needs at least two rated units.");
        return AgreementOutcome<PercentAgreementResult>.Computed(new PercentAgreementResult
        {
            Coefficient = Name,
            Value = pa,
            StandardError = se,
            ConfidenceInterval = Interval.Student(pa, se, gwet.RatedUnits - 1, floor: 0),
            PairableValueAgreement = Interval.AtMostOne(diagonal / pairableValues),
            UnitsInFullAgreement = (double)fullAgreement / tally.PairableUnits,
            Counts = tally.Counts(data, gwet.RatedUnits, gwet.Ratings),
            Notes = notes,
        });
    }
}
