namespace SibReview.Agreement;

/// <summary>Scott's pi with Gwet's standard error.</summary>
public sealed record ScottPiResult : AgreementResult
{
    /// <summary>p_o: proportion of units both coders put in the same category.</summary>
    public required double ObservedAgreement { get; init; }

    /// <summary>p_e = Σ_k π_k², π_k = (p_k. + p_.k)/2: agreement expected from the pooled marginals.</summary>
    public required double ExpectedAgreement { get; init; }
}

/// <summary>Scott's (1955) pi for two coders.</summary>
public static class ScottPi
{
    private const string Name = "Scott's pi";

    /// <summary>
    /// Scott's (1955) π = (p_o − p_e)/(1 − p_e) with p_e = Σ_k π_k² from the two coders' pooled marginals,
    /// Public Opinion Quarterly 19, 321–325; over the units rated by both coders.
    /// <para>
    /// Standard error: Gwet (2014, Handbook, 4th ed., ch. 5; irrCAC scott2.table), unweighted:
    /// var(π) = [Σ_{k,l} p_kl([k = l] − (1 − π)(π_k + π_l))² − (p_o − 2(1 − π)p_e)²] / (n(1 − p_e)²),
    /// with a t(n − 1) interval as Gwet uses.
    /// </para>
    /// Edge cases as for <see cref="CohenKappa.Compute"/>: not two coders → not applicable; no unit rated by
    /// both → no pairable units; every rating the same category (p_e = 1) → no variation.
    /// </summary>
    public static AgreementOutcome<ScottPiResult> Compute(ReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var table = TwoCoderTable.TryBuild(data, Name, out var problem);
        if (table is null) return AgreementOutcome<ScottPiResult>.Failed(problem!);

        long n = table.N;
        int q = table.Rows.Length;
        double nn = n;
        var pi = new double[q];
        double pe = 0;
        int usedCategories = 0;
        for (int k = 0; k < q; k++)
        {
            pi[k] = (table.Rows[k] + table.Columns[k]) / (2 * nn);
            pe += pi[k] * pi[k];
            if (pi[k] > 0) usedCategories++;
        }
        if (usedCategories == 1)
            return AgreementOutcome<ScottPiResult>.Failed(AgreementProblemKind.NoVariation, Name,
                "both coders put every unit in the same single category, so p_o = p_e = 1 and pi = 0/0 is undefined");

        double po = table.Diagonal / nn;
        double scott = Interval.AtMostOne((po - pe) / (1 - pe));

        // Σ_{k,l} p_kl([k=l] − (1−π)(π_k+π_l))², over non-zero cells only.
        double sum = 0;
        foreach (var (row, column, count) in table.Cells)
        {
            double a = (row == column ? 1 : 0) - (1 - scott) * (pi[row] + pi[column]);
            sum += count / nn * a * a;
        }
        double c = po - 2 * (1 - scott) * pe;
        double? se = Interval.SqrtOrNull((sum - c * c) / (nn * (1 - pe) * (1 - pe)));

        return AgreementOutcome<ScottPiResult>.Computed(new ScottPiResult
        {
            Coefficient = Name,
            Value = scott,
            StandardError = se,
            ConfidenceInterval = Interval.Student(scott, se, (int)n - 1),
            ObservedAgreement = po,
            ExpectedAgreement = pe,
            Counts = data.Tally.Counts(data, (int)n, 2 * n),
        });
    }
}
