namespace SibReview.Agreement;

/// <summary>The statistics SibReview reports, by the names the command line and the API use.</summary>
public enum AgreementMetric
{
    /// <summary>"percent": Gwet's p_a, the mean share of agreeing pairs per unit.</summary>
    Percent,

    /// <summary>"cohen": Cohen's kappa, exactly two coders.</summary>
    Cohen,

    /// <summary>"scott-pi": Scott's pi, exactly two coders.</summary>
    ScottPi,

    /// <summary>"fleiss": Fleiss' kappa, equal numbers of ratings per unit.</summary>
    Fleiss,

    /// <summary>"krippendorff": Krippendorff's alpha at the requested level.</summary>
    Krippendorff,

    /// <summary>"gwet-ac1": Gwet's AC1.</summary>
    GwetAc1,

    /// <summary>"brennan-prediger": Brennan and Prediger's free-marginal kappa.</summary>
    BrennanPrediger,
}

/// <summary>One statistic as reported: the value unrounded, with its uncertainty where the literature gives one.</summary>
public sealed record MetricReport(
    string Metric, string? Level, double Value, double? StandardError, ConfidenceInterval? ConfidenceInterval,
    IReadOnlyList<AlphaMinimumProbability>? ProbabilityBelow, IReadOnlyList<string> Notes);

/// <summary>A statistic left out of "all" because it does not apply to these data, and why.</summary>
public sealed record OmittedMetric(string Metric, string Reason);

/// <summary>
/// The one report the command line, the HTTP API and a study's agreement page all give for a data set:
/// <c>{"units": 12, "coders": 4, "pairable": 40, "results": [...]}</c>.
/// </summary>
public sealed record AgreementReport(
    int Units, int Coders, long Pairable, IReadOnlyList<MetricReport> Results, IReadOnlyList<OmittedMetric> Omitted)
{
    /// <summary>The metric names, in <see cref="AgreementMetric"/> order.</summary>
    public static readonly string[] MetricNames =
        ["percent", "cohen", "scott-pi", "fleiss", "krippendorff", "gwet-ac1", "brennan-prediger"];

    /// <summary>The name the command line and the API use, e.g. "scott-pi".</summary>
    public static string NameOf(AgreementMetric metric) => MetricNames[(int)metric];

    /// <summary>The metric of that name (case-insensitive), or null when there is none.</summary>
    public static AgreementMetric? MetricNamed(string name) =>
        Array.IndexOf(MetricNames, name.Trim().ToLowerInvariant()) is var i and >= 0 ? (AgreementMetric)i : null;

    /// <summary>
    /// Every metric that applies (<paramref name="only"/> null), or just the one named, which is then an
    /// <see cref="AgreementException"/> when it does not apply; so is a data set on which no metric applies.
    /// Alpha is computed at <paramref name="level"/>.
    /// </summary>
    public static AgreementReport Compute(ReliabilityData data, AgreementMetric? only = null,
        MeasurementLevel level = MeasurementLevel.Nominal, AlphaBootstrapOptions? bootstrap = null)
    {
        var results = new List<MetricReport>();
        var problems = new List<(AgreementMetric Metric, AgreementProblem Problem)>();
        foreach (var metric in only is { } one ? [one] : Enum.GetValues<AgreementMetric>())
        {
            var (report, problem) = Run(metric, data, level, bootstrap);
            if (report is not null) results.Add(report);
            else problems.Add((metric, problem!));
        }
        // Nothing computable (e.g. no unit rated twice) is an error, not an empty report.
        if (results.Count == 0) throw new AgreementException(problems[0].Problem);
        var omitted = problems.Select(p => new OmittedMetric(NameOf(p.Metric), p.Problem.Message)).ToList();
        return new AgreementReport(data.Units.Count, data.Coders.Count, PairableValues(data), results, omitted);
    }

    /// <summary>Krippendorff's n: the values in units that at least two coders rated.</summary>
    public static long PairableValues(ReliabilityData data)
    {
        long n = 0;
        for (int u = 0; u < data.Units.Count; u++)
            if (data.RatingCountOf(u) is var m and >= 2) n += m;
        return n;
    }

    private static (MetricReport?, AgreementProblem?) Run(AgreementMetric metric, ReliabilityData data,
        MeasurementLevel level, AlphaBootstrapOptions? bootstrap) => metric switch
    {
        AgreementMetric.Percent => Report(metric, PercentAgreement.Compute(data)),
        AgreementMetric.Cohen => Report(metric, CohenKappa.Compute(data)),
        AgreementMetric.ScottPi => Report(metric, ScottPi.Compute(data)),
        AgreementMetric.Fleiss => Report(metric, FleissKappa.Compute(data)),
        AgreementMetric.GwetAc1 => Report(metric, GwetAc1.Compute(data)),
        AgreementMetric.BrennanPrediger => Report(metric, BrennanPrediger.Compute(data)),
        AgreementMetric.Krippendorff => Alpha(KrippendorffAlpha.Compute(data, level, bootstrap)),
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };

    private static (MetricReport?, AgreementProblem?) Report<T>(AgreementMetric metric, AgreementOutcome<T> outcome)
        where T : AgreementResult =>
        outcome.Result is { } r
            ? (new MetricReport(NameOf(metric), null, r.Value, r.StandardError, r.ConfidenceInterval, null, r.Notes), null)
            : (null, outcome.Problem);

    private static (MetricReport?, AgreementProblem?) Alpha(AgreementOutcome<KrippendorffAlphaResult> outcome) =>
        outcome.Result is { } r
            ? (new MetricReport(NameOf(AgreementMetric.Krippendorff), r.Level.ToString().ToLowerInvariant(), r.Value, null,
                r.Bootstrap?.ConfidenceInterval, r.Bootstrap?.ProbabilitiesBelow, r.Notes), null)
            : (null, outcome.Problem);
}
