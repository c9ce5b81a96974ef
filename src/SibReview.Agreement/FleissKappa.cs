namespace SibReview.Agreement;

/// <summary>Fleiss' kappa with its null and non-null standard errors.</summary>
public sealed record FleissKappaResult : AgreementResult
{
    /// <summary>m: ratings per unit (the same for every rated unit).</summary>
    public required int RatingsPerUnit { get; init; }

    /// <summary>P̄: mean over units of P_i = (Σ_j n_ij² − m)/(m(m − 1)).</summary>
    public required double ObservedAgreement { get; init; }

    /// <summary>P̄_e = Σ_j p_j².</summary>
    public required double ExpectedAgreement { get; init; }

    /// <summary>p_j: share of all ratings in category j, in the order of <see cref="ReliabilityData.Categories"/>.</summary>
    public required IReadOnlyList<double> CategoryProportions { get; init; }

    /// <summary>Standard error under H0: κ = 0 (Fleiss, Nee and Landis 1979).</summary>
    public double? NullStandardError { get; init; }

    /// <summary>z = κ / <see cref="NullStandardError"/> for H0: κ = 0; null when undefined.</summary>
    public double? Z { get; init; }
}

/// <summary>Fleiss' (1971) kappa for many coders with the same number of ratings per unit.</summary>
public static class FleissKappa
{
    private const string Name = "Fleiss' kappa";

    /// <summary>
    /// Fleiss' (1971) κ = (P̄ − P̄_e)/(1 − P̄_e), Psychological Bulletin 76, 378–382, eqs. 1–9:
    /// P_i = (Σ_j n_ij² − m)/(m(m − 1)), P̄ = mean P_i, p_j = Σ_i n_ij/(N m), P̄_e = Σ_j p_j².
    /// <para>
    /// <see cref="FleissKappaResult.NullStandardError"/>: the SE under κ = 0 from Fleiss, Nee and Landis (1979),
    /// Psychological Bulletin 86, 974–977 (correcting Fleiss 1971):
    /// SE₀ = √2 / (Σ_j p_j q_j √(N m (m − 1))) · √((Σ_j p_j q_j)² − Σ_j p_j q_j (q_j − p_j)), q_j = 1 − p_j;
    /// <see cref="FleissKappaResult.Z"/> = κ/SE₀. SE₀ is for testing κ = 0, not for intervals, so
    /// <see cref="AgreementResult.StandardError"/> and the 95% interval use the non-null linearisation variance
    /// of Gwet (2014, Handbook, ch. 5; irrCAC fleiss.kappa.raw) with a t(N − 1) interval.
    /// </para>
    /// Edge cases: units nobody rated are ignored; rated units with different numbers of ratings →
    /// <see cref="AgreementProblemKind.NotApplicable"/> (use Krippendorff's alpha or Gwet's AC1, which allow
    /// missing ratings); every unit rated once or not at all → <see cref="AgreementProblemKind.NoPairableUnits"/>;
    /// every rating in one category (P̄_e = 1) → <see cref="AgreementProblemKind.NoVariation"/>.
    /// </summary>
    public static AgreementOutcome<FleissKappaResult> Compute(ReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var tally = data.Tally;
        int m = 0, firstUnit = -1;
        for (int u = 0; u < tally.UnitCount; u++)
        {
            int mu = tally.Total[u];
            if (mu == 0) continue;
            if (firstUnit < 0) { firstUnit = u; m = mu; }
            else if (mu != m)
                return AgreementOutcome<FleissKappaResult>.Failed(AgreementProblemKind.NotApplicable, Name,
                    $"Fleiss' kappa needs the same number of ratings for every unit, but unit '{data.Units[firstUnit]}' has {m} " +
                    $"and unit '{data.Units[u]}' has {mu}; use Krippendorff's alpha or Gwet's AC1, which allow missing ratings");
        }
        if (m < 2)
            return AgreementOutcome<FleissKappaResult>.Failed(AgreementProblemKind.NoPairableUnits, Name,
                "no unit was rated by two or more coders");

        var gwet = GwetLinearization.From(tally);
        int units = gwet.RatedUnits;
        double[] p = gwet.Pi; // with equal m, π_j = p_j
        double pe = 0, pq = 0, pqqp = 0;
        int used = 0;
        foreach (double pj in p)
        {
            pe += pj * pj;
            pq += pj * (1 - pj);
            pqqp += pj * (1 - pj) * (1 - 2 * pj);
            if (pj > 0) used++;
        }
        if (used == 1)
            return AgreementOutcome<FleissKappaResult>.Failed(AgreementProblemKind.NoVariation, Name,
                $"every rating is '{data.Categories[Array.FindIndex(p, x => x > 0)]}', so P̄ = P̄e = 1 and kappa = 0/0 is undefined");

        double pBar = gwet.ObservedAgreement;
        double kappa = Interval.AtMostOne((pBar - pe) / (1 - pe));
        double? se = gwet.StandardError(kappa, pe, p);
        double? se0 = Interval.SqrtOrNull(pq * pq - pqqp) is double root
            ? Math.Sqrt(2) * root / (pq * Math.Sqrt((double)units * m * (m - 1)))
            : null;

        var notes = new List<string>();
        if (se is null) notes.Add("The non-null standard error needs at least two rated units.");
        return AgreementOutcome<FleissKappaResult>.Computed(new FleissKappaResult
        {
            Coefficient = Name,
            Value = kappa,
            StandardError = se,
            ConfidenceInterval = Interval.Student(kappa, se, units - 1),
            RatingsPerUnit = m,
            ObservedAgreement = pBar,
            ExpectedAgreement = pe,
            CategoryProportions = p,
            NullStandardError = se0,
            Z = se0 is > 0 ? kappa / se0 : null,
            Counts = tally.Counts(data, units, gwet.Ratings),
            Notes = notes,
        });
    }
}
