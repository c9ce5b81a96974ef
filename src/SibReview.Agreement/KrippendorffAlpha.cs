namespace SibReview.Agreement;

/// <summary>Krippendorff's alpha, its disagreements and (optionally) its bootstrap distribution.</summary>
public sealed record KrippendorffAlphaResult : AgreementResult
{
    /// <summary>Level of measurement (difference function) used.</summary>
    public required MeasurementLevel Level { get; init; }

    /// <summary>D_o = (1/n) Σ_c Σ_k o_ck δ²_ck.</summary>
    public required double ObservedDisagreement { get; init; }

    /// <summary>D_e = (1/(n(n − 1))) Σ_c Σ_k n_c n_k δ²_ck.</summary>
    public required double ExpectedDisagreement { get; init; }

    /// <summary>n: pairable values (values in units with two or more values).</summary>
    public required long PairableValues { get; init; }

    /// <summary>Pairs of values within units, Σ_u m_u(m_u − 1)/2 (KALPHA's "Pairs").</summary>
    public required long Pairs { get; init; }

    /// <summary>The bootstrap, when requested; its interval is also <see cref="AgreementResult.ConfidenceInterval"/>.</summary>
    public AlphaBootstrap? Bootstrap { get; init; }
}

/// <summary>Krippendorff's alpha reliability coefficient.</summary>
public static class KrippendorffAlpha
{
    private const string Name = "Krippendorff's alpha";

    /// <summary>
    /// Krippendorff's α = 1 − D_o/D_e by the coincidence-matrix method of Krippendorff (2011), "Computing
    /// Krippendorff's Alpha-Reliability" (Annenberg School for Communication, University of Pennsylvania),
    /// for any number of coders and missing values: o_ck = Σ_u (number of c–k pairs in unit u)/(m_u − 1),
    /// n_c = Σ_k o_ck, n = Σ_c n_c, α = 1 − (n − 1) Σ_{c,k} o_ck δ²_ck / Σ_{c,k} n_c n_k δ²_ck, with the
    /// difference functions of <see cref="MeasurementLevel"/>. Computed from per-unit value counts n_uc in
    /// O(ratings) for nominal, ordinal and interval data (ratio: O(Σ_u d_u² + V²), d_u distinct values per unit).
    /// <para>
    /// Krippendorff's α has no analytic standard error; <see cref="AgreementResult.StandardError"/> is null.
    /// With <paramref name="bootstrap"/>, the 95% interval and q (probability of α below a minimum) come from
    /// Hayes and Krippendorff's (2007) KALPHA bootstrap (see <see cref="AlphaBootstrapOptions"/>).
    /// </para>
    /// Edge cases: units with a single value are not pairable — ignored, counted in
    /// <see cref="AgreementCounts.UnpairableUnits"/>; no pairable unit →
    /// <see cref="AgreementProblemKind.NoPairableUnits"/>; all pairable values identical (D_o = D_e = 0) →
    /// <see cref="AgreementProblemKind.NoVariation"/>, because α is then 0/0 and undefined (Krippendorff 2011;
    /// KALPHA refuses such data) — it is not reported as 1; ordinal level on unordered text labels, interval or
    /// ratio level on non-numeric labels, ratio level with negative values → <see cref="AgreementProblemKind.NotApplicable"/>.
    /// </summary>
    /// <param name="data">The reliability data.</param>
    /// <param name="level">Level of measurement; nominal by default.</param>
    /// <param name="bootstrap">Bootstrap settings, or null for no bootstrap.</param>
    public static AgreementOutcome<KrippendorffAlphaResult> Compute(
        ReliabilityData data, MeasurementLevel level = MeasurementLevel.Nominal, AlphaBootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        bootstrap?.Validate();
        string name = $"{Name} ({level.ToString().ToLowerInvariant()})";

        if (level == MeasurementLevel.Ordinal && data.Ordering == CategoryOrdering.Lexical)
            return AgreementOutcome<KrippendorffAlphaResult>.Failed(AgreementProblemKind.NotApplicable, name,
                "ordinal alpha needs ordered categories, but the labels are not numbers and no category order was declared");
        if (level is MeasurementLevel.Interval or MeasurementLevel.Ratio && data.NumericValues is null)
            return AgreementOutcome<KrippendorffAlphaResult>.Failed(AgreementProblemKind.NotApplicable, name,
                $"{level.ToString().ToLowerInvariant()} alpha needs numeric values, but some categories are not numbers " +
                $"(e.g. '{data.Categories.First(c => !ReliabilityData.TryParseNumber(c, out _))}')");

        var tally = data.Tally;
        if (tally.PairableUnits == 0)
            return AgreementOutcome<KrippendorffAlphaResult>.Failed(AgreementProblemKind.NoPairableUnits, name,
                "no unit was rated by two or more coders, so there are no pairable values");

        var core = AlphaCore.Create(data, level);
        if (level == MeasurementLevel.Ratio && core.HasNegativeValue)
            return AgreementOutcome<KrippendorffAlphaResult>.Failed(AgreementProblemKind.NotApplicable, name,
                "ratio alpha needs non-negative values (a ratio scale has an absolute zero)");
        if (core.ExpectedSum <= 0)
            return AgreementOutcome<KrippendorffAlphaResult>.Failed(AgreementProblemKind.NoVariation, name,
                $"all {core.N} pairable values are the same ('{data.Categories[core.FirstUsedCategory]}'), so observed and " +
                "expected disagreement are both 0 and alpha = 1 − 0/0 is undefined; reliability cannot be assessed on data without variation");

        double n = core.N;
        double alpha = Interval.AtMostOne(1 - (n - 1) * core.ObservedSum / core.ExpectedSum);
        double expected = core.ExpectedSum / (n * (n - 1));
        var boot = bootstrap is null ? null : AlphaBootstrapper.Run(core, expected, bootstrap);

        var notes = new List<string> { "Krippendorff's alpha has no analytic standard error; request the bootstrap for an interval." };
        if (boot is not null) notes.Clear();
        return AgreementOutcome<KrippendorffAlphaResult>.Computed(new KrippendorffAlphaResult
        {
            Coefficient = name,
            Value = alpha,
            Level = level,
            ObservedDisagreement = core.ObservedSum / n,
            ExpectedDisagreement = expected,
            PairableValues = core.N,
            Pairs = core.Pairs,
            Bootstrap = boot,
            ConfidenceInterval = boot?.ConfidenceInterval,
            Counts = tally.Counts(data, tally.PairableUnits, core.N),
            Notes = notes,
        });
    }

    /// <summary>
    /// The coincidence matrix o_ck (Krippendorff 2011) as sparse cells with c ≤ k (o_kc = o_ck), in category
    /// order; for inspection and for the bootstrap. Units with fewer than two values contribute nothing.
    /// </summary>
    internal static IReadOnlyList<(int C, int K, double O)> Coincidences(ReliabilityData data)
    {
        var tally = data.Tally;
        int q = tally.CategoryCount;
        var cells = new Dictionary<long, double>();
        for (int u = 0; u < tally.UnitCount; u++)
        {
            int m = tally.Total[u];
            if (m < 2) continue;
            int s = tally.Start[u], e = tally.Start[u + 1];
            for (int i = s; i < e; i++)
            {
                int c = tally.Category[i];
                double nc = tally.Count[i];
                if (nc > 1)
                {
                    long key = (long)c * q + c;
                    cells[key] = cells.GetValueOrDefault(key) + nc * (nc - 1) / (m - 1);
                }
                for (int j = i + 1; j < e; j++)
                {
                    long key = (long)c * q + tally.Category[j];
                    cells[key] = cells.GetValueOrDefault(key) + nc * tally.Count[j] / (m - 1);
                }
            }
        }
        return cells.OrderBy(x => x.Key).Select(x => ((int)(x.Key / q), (int)(x.Key % q), x.Value)).ToArray();
    }
}

/// <summary>
/// Sums shared by the point estimate and the bootstrap: marginals n_c, the difference function and
/// Σ o_ck δ² (computed per unit from value counts) and Σ n_c n_k δ².
/// </summary>
internal sealed class AlphaCore
{
    private readonly double[]? _position; // nominal: null; ordinal: mid-ranks; interval: values
    private readonly double[]? _values;   // ratio

    private AlphaCore(ReliabilityData data, MeasurementLevel level)
    {
        Data = data;
        Level = level;
        var tally = data.Tally;
        int q = tally.CategoryCount;
        Marginals = new long[q];
        var codersSeen = new bool[data.Coders.Count];
        for (int u = 0; u < tally.UnitCount; u++)
        {
            int m = tally.Total[u];
            if (m < 2) continue;
            N += m;
            Pairs += (long)m * (m - 1) / 2;
            for (int e = tally.Start[u]; e < tally.Start[u + 1]; e++) Marginals[tally.Category[e]] += tally.Count[e];
            for (int r = data.UnitStart(u); r < data.UnitEnd(u); r++) codersSeen[data.CoderAt(r)] = true;
        }
        PairingCoders = codersSeen.Count(x => x);
        FirstUsedCategory = Array.FindIndex(Marginals, x => x > 0);

        switch (level)
        {
            case MeasurementLevel.Ordinal:
                // δ²(c,k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)² = (M_k − M_c)², M_g = Σ_{h<g} n_h + n_g/2.
                _position = new double[q];
                double cumulative = 0;
                for (int g = 0; g < q; g++)
                {
                    _position[g] = cumulative + Marginals[g] / 2.0;
                    cumulative += Marginals[g];
                }
                break;
            case MeasurementLevel.Interval:
                _position = [.. data.NumericValues!];
                break;
            case MeasurementLevel.Ratio:
                _values = [.. data.NumericValues!];
                for (int c = 0; c < q; c++) HasNegativeValue |= Marginals[c] > 0 && _values[c] < 0;
                break;
        }

        ObservedSum = SumObserved();
        ExpectedSum = SumExpected();
    }

    public ReliabilityData Data { get; }

    public MeasurementLevel Level { get; }

    /// <summary>n_c over pairable values.</summary>
    public long[] Marginals { get; }

    /// <summary>n: pairable values.</summary>
    public long N { get; }

    public long Pairs { get; }

    /// <summary>Coders with at least one pairable value.</summary>
    public int PairingCoders { get; }

    public int FirstUsedCategory { get; }

    public bool HasNegativeValue { get; }

    /// <summary>Σ_c Σ_k o_ck δ²_ck = n·D_o.</summary>
    public double ObservedSum { get; }

    /// <summary>Σ_c Σ_k n_c n_k δ²_ck = n(n − 1)·D_e.</summary>
    public double ExpectedSum { get; }

    public static AlphaCore Create(ReliabilityData data, MeasurementLevel level) => new(data, level);

    /// <summary>δ²_ck for the chosen level.</summary>
    public double Delta(int c, int k)
    {
        if (c == k) return 0;
        if (_position is not null)
        {
            double d = _position[c] - _position[k];
            return d * d;
        }
        if (_values is not null)
        {
            double a = _values[c], b = _values[k];
            return a + b == 0 ? 0 : (a - b) * (a - b) / ((a + b) * (a + b));
        }
        return 1;
    }

    private double SumObserved()
    {
        var t = Data.Tally;
        double total = 0;
        for (int u = 0; u < t.UnitCount; u++)
        {
            int m = t.Total[u];
            if (m < 2) continue;
            int s = t.Start[u], e = t.Start[u + 1];
            if (e - s == 1) continue; // unanimous unit: no disagreement
            double unit; // Σ_{c≠k} n_uc n_uk δ²_ck (ordered pairs)
            if (_position is not null)
            {
                // Σ_{c,k} n_c n_k (p_c − p_k)² = 2 m Σ_c n_c (p_c − p̄)², p̄ the unit mean (stable two-pass form).
                double mean = 0;
                for (int i = s; i < e; i++) mean += t.Count[i] * _position[t.Category[i]];
                mean /= m;
                double ss = 0;
                for (int i = s; i < e; i++)
                {
                    double d = _position[t.Category[i]] - mean;
                    ss += t.Count[i] * d * d;
                }
                unit = 2.0 * m * ss;
            }
            else if (_values is not null)
            {
                unit = 0;
                for (int i = s; i < e; i++)
                    for (int j = i + 1; j < e; j++)
                        unit += 2.0 * t.Count[i] * t.Count[j] * Delta(t.Category[i], t.Category[j]);
            }
            else
            {
                double sq = 0;
                for (int i = s; i < e; i++) sq += (double)t.Count[i] * t.Count[i];
                unit = (double)m * m - sq;
            }
            total += unit / (m - 1);
        }
        return total;
    }

    private double SumExpected()
    {
        double n = N;
        int q = Marginals.Length;
        if (_position is not null)
        {
            double mean = 0;
            for (int c = 0; c < q; c++) mean += Marginals[c] * _position[c];
            mean /= n;
            double ss = 0;
            for (int c = 0; c < q; c++)
            {
                double d = _position[c] - mean;
                ss += Marginals[c] * d * d;
            }
            return 2 * n * ss;
        }
        if (_values is not null)
        {
            var used = Enumerable.Range(0, q).Where(c => Marginals[c] > 0).ToArray();
            double sum = 0;
            for (int i = 0; i < used.Length; i++)
                for (int j = i + 1; j < used.Length; j++)
                    sum += 2.0 * Marginals[used[i]] * Marginals[used[j]] * Delta(used[i], used[j]);
            return sum;
        }
        double squares = 0;
        foreach (long nc in Marginals) squares += (double)nc * nc;
        return n * n - squares;
    }
}
