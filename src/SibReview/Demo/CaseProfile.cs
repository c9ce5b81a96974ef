using SibReview.Cases.Catalogue;
using SibReview.Cases.Indigo;
using SibReview.Outcomes;

namespace SibReview.Demo;

/// <summary>
/// A case's profile: INDIGO's own text fields for one project (social challenge, intervention, target population, notes,
/// Covid-19 changes, each outcome metric's definition, target and notes, and the notes of its results), under SibReview's
/// headings, with INDIGO named as the source. A real text to code from day one, before anyone uploads a report.
/// </summary>
public static class CaseProfile
{
    public static string Title(IndigoRecord record) => $"Case profile from INDIGO: {record.Name ?? record.Id}";

    public static string FileName(IndigoRecord record) => $"{record.Id} case profile.txt";

    public static string Text(IndigoRecord r)
    {
        var sections = new List<string?>
        {
            $"{Title(r)} ({r.Id})",
            $"Source: {OutcomeEvidence.Dataset}, {CatalogueEndpoints.GolabPage(r.Id)}. SibReview assembled this profile " +
            "from INDIGO's text fields for the project; the headings are SibReview's, the words under them INDIGO's.",
            Section("Social challenge", r.SocialChallenge), Section("Intervention", r.Intervention),
            Section("Target population", r.TargetPopulation), Section("Notes", r.Notes),
            Section("Changes due to Covid-19", r.Covid19Changes),
        };
        sections.AddRange(r.OutcomeMetrics.Select((m, i) => Section($"Outcome metric {i + 1}" + (m.Id is null ? "" : $" ({m.Id})"),
            Lines(Field("Definition", m.Definition), Field("Target population", m.TargetPopulation), Field("Target", m.Target),
                Field("Other target", m.OtherTarget), Field("Validation method", m.ValidationMethod), Field("Notes", m.Notes),
                Lines(m.Results.Select(Result).ToArray())))));
        sections.Add(Section("Results for the project as a whole", Lines(r.ProjectResults.Select(Result).ToArray())));
        return string.Join("\n\n", sections.Where(s => s is not null));
    }

    private static string? Section(string heading, string? body) => string.IsNullOrWhiteSpace(body) ? null : $"{heading}\n{body.Trim()}";

    private static string? Field(string name, string? value) => string.IsNullOrWhiteSpace(value) ? null : $"{name}: {value.Trim()}";

    private static string? Lines(params string?[] lines) =>
        lines.Any(l => l is not null) ? string.Join("\n", lines.Where(l => l is not null)) : null;

    /// <summary>"Final result, 2016-04 to 2019-03: 412 young people ... Notes: ...", when INDIGO says anything in words.</summary>
    private static string? Result(OutcomeResult result)
    {
        var words = Lines(result.OtherDescription?.Trim(), Field("Notes", result.Notes));
        if (words is null) return null;
        var period = (result.PeriodStart, result.PeriodEnd) switch
        {
            (null, null) => "",
            var (start, end) => $", {start ?? "?"} to {end ?? "?"}",
        };
        return $"{result.ResultType ?? "Reported"} result{period}: {words.Replace("\n", " ")}";
    }
}
