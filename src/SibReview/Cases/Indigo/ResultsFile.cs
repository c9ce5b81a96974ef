namespace SibReview.Cases.Indigo;

/// <summary>all-data-by-type/original_projects_results.csv.</summary>
internal static class ResultsFile
{
    public const string Path = "all-data-by-type/original_projects_results.csv";

    public static ILookup<string, OutcomeResult> Read(string directory, IReadOnlySet<string> projectIds)
    {
        var table = CsvTable.Load(directory, Path);
        var metric = table.Column("Outcome Metric Id - (Value)");
        var level = table.Column("Result level - (Value)");
        var type = table.Column("Result type - (Value)");
        var start = table.Column("Period - Start - (Value)");
        var end = table.Column("Period - End - (Value)");
        var achieved = table.Column("Outcomes achieved - (Value)");
        var engaged = table.Column("Number engaged In impact bond - (Value)");
        var positive = table.Column("Number with Positive social outcomes - (Value)");
        var other = table.Column("Other Description of result - (Value)");
        var notes = table.Column("Notes");
        return ProjectChildRows.Read(table, projectIds, row => new OutcomeResult(
            row.Text(metric),
            row.Text(level),
            row.Text(type),
            row.Text(start),
            row.Text(end),
            row.Text(achieved),
            row.Text(engaged),
            row.Text(positive),
            row.Text(other),
            row.Text(notes)));
    }
}
