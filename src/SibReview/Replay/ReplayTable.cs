using System.Globalization;
using System.Text;

namespace SibReview.Replay;

/// <summary>A replay as a researcher reads it in a terminal: one line per tolerance, then the cases that change cohort.</summary>
public static class ReplayTable
{
    public static string Render(ReplayReport report)
    {
        var text = new StringBuilder();
        var asOf = report.AsOf is { } at ? $" as of {at:O}" : "";
        var documents = report.MinimumDistinctDocuments == report.StudyMinimumDistinctDocuments ? ""
            : $"; replayed with at least {report.MinimumDistinctDocuments} distinct documents";
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Study {report.Study}{asOf} (its tolerance: {report.StudyTolerance}; its minimum: {report.StudyMinimumDistinctDocuments} distinct documents{documents})");
        text.AppendLine("tolerance  successful  struggling  unclassified  flipped");
        foreach (var s in report.Scenarios)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{s.Tolerance,-9}  {s.Successful,10}  {s.Struggling,10}  {s.Unclassified,12}  {s.Flipped.Count,7}");
        foreach (var s in report.Scenarios.Where(s => s.Flipped.Count > 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"\nAt {s.Tolerance}:");
            foreach (var f in s.Flipped) text.AppendLine(CultureInfo.InvariantCulture, $"  {f.CaseId}  {f.Name}: {f.From} -> {f.To}");
        }
        return text.ToString().TrimEnd();
    }
}
