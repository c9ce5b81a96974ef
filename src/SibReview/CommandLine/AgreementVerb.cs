using System.Globalization;
using System.Text.Json;
using SibReview.Agreement;

namespace SibReview.CommandLine;

public sealed class AgreementVerb : IVerb
{
    public string Summary => "inter-rater agreement of a long-format CSV file (unit,coder,value)";

    public string Help => $$"""
        Usage: ./ops/sibreview agreement --input FILE [--metric NAME] [--level LEVEL] [--format json|table]
                                         [--samples N] [--seed N] [--minimum LIST]

        FILE     CSV with the header unit,coder,value, one row per rating; a missing rating is an absent row or
                 an empty value. Values are category labels or numbers.
        NAME     all (default: every metric that applies), {{string.Join(", ", AgreementReport.MetricNames)}}.
                 A metric that does not apply to the data is left out of all, and is an error when named.
        LEVEL    for Krippendorff's alpha: nominal (default), ordinal, interval, ratio.
        --format table (default) or json: one object {"units", "coders", "pairable", "results", "omitted"},
                 values unrounded.
        --samples, --seed   alpha's bootstrap (Krippendorff/Hayes KALPHA): 1000 samples and seed 0 by default,
                 so the same data give the same interval.
        --minimum           the minimums for which the probability that alpha is below is given (default 0.667,0.8).
        Exit status: 0 success, 2 bad input (one line on stderr: the problem and its line), 1 other failure.
        """;

    public Task<int> RunAsync(VerbOptions options)
    {
        var path = options.Required("input");
        if (!File.Exists(path)) throw new BadInputException($"no such file: {path}");
        var format = options.Optional("format") ?? "table";
        if (format is not ("table" or "json")) throw new BadInputException($"unknown format '{format}'; use json or table");

        var (agreement, problem) = AgreementOptions.Parse(options.Optional("metric"), options.Optional("level"),
            options.Integer("samples"), options.Integer("seed"), Numbers(options.Optional("minimum")));
        if (agreement is null) throw new BadInputException(problem!);

        var parsed = ReliabilityCsv.Parse(File.ReadAllText(path), agreement.Level);
        if (!parsed.IsSuccess)
        {
            var more = parsed.Problems.Count > 1 ? $" (and {parsed.Problems.Count - 1} more problems)" : "";
            throw new BadInputException($"{parsed.Problems[0]}{more}");
        }
        AgreementReport report;
        try
        {
            report = agreement.Compute(parsed.Data);
        }
        catch (AgreementException e)
        {
            throw new BadInputException(e.Message);
        }
        Console.WriteLine(format == "json" ? JsonSerializer.Serialize(report, AgreementOptions.Json) : AgreementTable.Render(report));
        return Task.FromResult(Verbs.Ok);
    }

    private static IReadOnlyList<double>? Numbers(string? list) => list?.Split(',').Select(n =>
        double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new BadInputException($"--minimum takes numbers such as 0.667,0.8; got '{n}'")).ToList();
}
