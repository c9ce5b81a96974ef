using System.Text.Json;
using System.Text.Json.Serialization;

namespace SibReview.Agreement;

/// <summary>What to compute, as the command line and the API both take it: metric, level, bootstrap for alpha.</summary>
public sealed record AgreementOptions(AgreementMetric? Only, MeasurementLevel Level, AlphaBootstrapOptions Bootstrap)
{
    public static readonly IReadOnlyList<double> DefaultMinimums = [0.667, 0.8];

    /// <summary>The report's JSON, the same from the command line and over HTTP: camelCase, values unrounded.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Reads the options; each argument may be absent (its default) and a bad one is named in the problem.</summary>
    public static (AgreementOptions? Options, string? Problem) Parse(string? metric, string? level, int? samples, long? seed,
        IReadOnlyList<double>? minimums)
    {
        AgreementMetric? only = null;
        if (metric is not null && !metric.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            only = AgreementReport.MetricNamed(metric);
            if (only is null)
                return (null, $"unknown metric '{metric}'; use one of all, {string.Join(", ", AgreementReport.MetricNames)}");
        }
        var measurement = MeasurementLevel.Nominal;
        if (level is not null && (!Enum.TryParse(level.Trim(), ignoreCase: true, out measurement) || !Enum.IsDefined(measurement)))
            return (null, $"unknown level '{level}'; use nominal, ordinal, interval or ratio");
        if (samples is < 100 or > 100_000)
            return (null, $"bootstrap samples must be between 100 and 100000; got {samples}");
        if (minimums?.Where(m => !(m > -1 && m < 1)).Select(m => (double?)m).FirstOrDefault() is { } bad)
            return (null, $"a minimum for alpha must be between -1 and 1; got {bad}");
        var defaults = All(measurement).Bootstrap;
        return (new AgreementOptions(only, measurement, defaults with
        {
            Samples = samples ?? defaults.Samples,
            Seed = seed ?? defaults.Seed,
            Minimums = minimums ?? defaults.Minimums,
        }), null);
    }

    /// <summary>Every metric, with the defaults the command line uses, so a study's page and the command line agree.</summary>
    public static AgreementOptions All(MeasurementLevel level) =>
        new(null, level, new AlphaBootstrapOptions { Samples = 1000, Seed = 0, Minimums = DefaultMinimums });

    public AgreementReport Compute(ReliabilityData data) => AgreementReport.Compute(data, Only, Level, Bootstrap);
}
