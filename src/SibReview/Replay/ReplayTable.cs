using System.Globalization;
using System.Text;
using SibReview.Coding.Prevalence;

namespace SibReview.Replay;

/// <summary>
/// A replay as a researcher reads it in a terminal: one line per tolerance, then the cases that change cohort, then per
/// tolerance each theme's prevalence in the two cohorts (once any case has a submitted judgement).
/// </summary>
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
        foreach (var s in report.Scenarios.Where(s => s.Themes.Any(t => Judged(t.Successful) + Judged(t.Struggling) > 0)))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"\nThemes at {s.Tolerance} (cases showing the theme of those judged; p: Fisher's exact test, two-sided):");
            foreach (var t in s.Themes)
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"  {t.Theme,2} {Shorten(t.Name),-32}  successful {Share(t.Successful),-20}  " +
                    $"struggling {Share(t.Struggling),-20}  p = {t.Fisher.PValue:0.0000}");
        }
        return text.ToString().TrimEnd();
    }

    private static int Judged(CohortPrevalence c) => c.Present + c.Absent;

    private static string Share(CohortPrevalence c) =>
        $"{c.Present}/{Judged(c)}" + (c.Disagreements > 0 ? $" ({c.Disagreements} disagreed)" : "");

    private static string Shorten(string name) => name.Length <= 32 ? name : name[..31] + "…";
}
