using System.Globalization;
using System.Text;
using SibReview.Agreement;

namespace SibReview.CommandLine;

/// <summary>The agreement report as a researcher reads it in a terminal.</summary>
public static class AgreementTable
{
    public static string Render(AgreementReport report)
    {
        var text = new StringBuilder()
            .AppendLine($"{report.Units} units, {report.Coders} coders, {report.Pairable} pairable values")
            .AppendLine()
            .AppendLine($"{"metric",-18} {"level",-9} {"value",9} {"s.e.",8}  95% interval");
        foreach (var r in report.Results)
        {
            var interval = r.ConfidenceInterval is { } ci ? $"{N(ci.Lower)} to {N(ci.Upper)}" : "";
            text.AppendLine($"{r.Metric,-18} {r.Level ?? "",-9} {N(r.Value),9} {(r.StandardError is { } se ? N(se) : ""),8}  {interval}");
            foreach (var below in r.ProbabilityBelow ?? [])
                text.AppendLine($"{"",29} P(alpha < {below.Minimum.ToString(CultureInfo.InvariantCulture)}) = {N(below.Q)}");
        }
        foreach (var o in report.Omitted)
            text.AppendLine($"{o.Metric,-18} not applicable: {o.Reason}");
        var methods = report.Results.Select(r => r.ConfidenceInterval?.Method).OfType<string>().Distinct().ToList();
        if (methods.Count > 0) text.AppendLine().AppendLine("Intervals: " + string.Join("; ", methods));
        return text.ToString().TrimEnd();
    }

    private static string N(double value) => value.ToString("0.000000", CultureInfo.InvariantCulture);
}
