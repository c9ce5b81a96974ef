namespace SibReview.Agreement;

/// <summary>Cohen's kappa with its large-sample standard errors.</summary>
public sealed record CohenKappaResult : AgreementResult
{
    /// <summary>p_o: proportion of units both coders put in the same category.</summary>
    public required double ObservedAgreement { get; init; }

    /// <summary>p_e = Σ_i p_i. p_.i: agreement expected from the two coders' own marginals.</summary>
    public required double ExpectedAgreement { get; init; }

    /// <summary>Fleiss, Cohen and Everitt (1969) standard error under H0: κ = 0; null when undefined.</summary>
    public double? NullStandardError { get; init; }

    /// <summary>z = κ / <see cref="NullStandardError"/> for H0: κ = 0; null when undefined.</summary>
    public double? Z { get; init; }
}

/// <summary>Cohen's (1960) kappa for two coders.</summary>
public static class CohenKappa
{
    private const string Name = "Cohen's kappa";

    /// <summary>
    /// Cohen's (1960) κ = (p_o − p_e)/(1 − p_e), Educational and Psychological Measurement 20, 37–46, over
    /// the units rated by both coders (p_e from each coder's own marginal distribution).
    /// <para>
    /// Standard error: the large-sample (non-null) variance of Fleiss, Cohen and Everitt (1969),
    /// Psychological Bulletin 72, 323–327, as in Fleiss, Levin and Paik (2003, eq. 18.13):
    /// var(κ) = [Σ_i p_ii(1 − (p_i. + p_.i)(1 − κ))² + (1 − κ)² Σ_{i≠j} p_ij(p_.i + p_j.)² − (κ − p_e(1 − κ))²] / (n(1 − p_e)²).
    /// Cohen's (1960) simpler approximation √(p_o(1 − p_o)/(n(1 − p_e)²)) is not used. The 95% interval is
    /// κ ± z(0.975)·SE. <see cref="CohenKappaResult.NullStandardError"/> is the FCE (1969) SE under κ = 0,
    /// √((p_e + p_e² − Σ_i p_i. p_.i(p_i. + p_.i)) / (n(1 − p_e)²)), used for <see cref="CohenKappaResult.Z"/>.
    /// </para>
    /// Edge cases: other than exactly two coders in the data → <see cref="AgreementProblemKind.NotApplicable"/>;
    /// no unit rated by both → <see cref="AgreementProblemKind.NoPairableUnits"/> (units rated by one coder
    /// are counted in <see cref="AgreementCounts.UnpairableUnits"/>); both coders use one and the same
    /// category for every unit (p_e = 1, κ = 0/0) → <see cref="AgreementProblemKind.NoVariation"/>.
    /// </summary>
    public static AgreementOutcome<CohenKappaResult> Compute(ReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var table = TwoCoderTable.TryBuild(data, Name, out var problem);
        if (table is null) return AgreementOutcome<CohenKappaResult>.Failed(problem!);

        long n = table.N;
        int q = table.Rows.Length;
        long expectedNumerator = 0;
        for (int i = 0; i < q; i++) expectedNumerator += table.Rows[i] * table.Columns[i];
        if (expectedNumerator == n * n)
            return AgreementOutcome<CohenKappaResult>.Failed(AgreementProblemKind.NoVariation, Name,
                "both coders put every unit in the same single category, so p_o = p_e = 1 and kappa = 0/0 is undefined");

        double nn = n;
        double po = table.Diagonal / nn;
        double pe = expectedNumerator / (nn * nn);
        double kappa = Interval.AtMostOne((po - pe) / (1 - pe));

        double sum = 0;
        foreach (var (row, column, count) in table.Cells)
        {
            double p = count / nn;
            if (row == column)
            {
                double a = 1 - (table.Rows[row] + table.Columns[row]) / nn * (1 - kappa);
                sum += p * a * a;
            }
            else
            {
                double b = (table.Columns[row] + table.Rows[column]) / nn;
                sum += (1 - kappa) * (1 - kappa) * p * b * b;
            }
        }
        double c = kappa - pe * (1 - kappa);
        double? se = Interval.SqrtOrNull((sum - c * c) / (nn * (1 - pe) * (1 - pe)));

        double nullSum = pe + pe * pe;
        for (int i = 0; i < q; i++)
        {
            double pr = table.Rows[i] / nn, pc = table.Columns[i] / nn;
            nullSum -= pr * pc * (pr + pc);
        }
        double? se0 = Interval.SqrtOrNull(nullSum / (nn * (1 - pe) * (1 - pe)));

        return AgreementOutcome<CohenKappaResult>.Computed(new CohenKappaResult
        {
            Coefficient = Name,
            Value = kappa,
            StandardError = se,
            ConfidenceInterval = Interval.Normal(kappa, se),
            ObservedAgreement = po,
            ExpectedAgreement = pe,
            NullStandardError = se0,
            Z = se0 is > 0 ? kappa / se0 : null,
            Counts = data.Tally.Counts(data, (int)n, 2 * n),
        });
    }
}
