namespace SibReview.Cases.Indigo;

/// <summary>all-data-by-type/original_projects_outcome_pricings.csv.</summary>
internal static class OutcomePricingsFile
{
    public const string Path = "all-data-by-type/original_projects_outcome_pricings.csv";

    public static ILookup<string, OutcomePricing> Read(string directory, IReadOnlySet<string> projectIds)
    {
        var table = CsvTable.Load(directory, Path);
        var metric = table.Column("Outcome Metric Id - (Value)");
        var currency = table.Column("Currency - (Value)");
        var perUnit = table.Column("Price Per Unit - Amount - (Value)");
        var maximum = table.Column("Maximum Price if all targets achieved - Amount - (Value)");
        var description = table.Column("Price Description - (Value)");
        var notes = table.Column("Notes");
        return ProjectChildRows.Read(table, projectIds, row => new OutcomePricing(
            row.Text(metric),
            row.Text(currency),
            row.Number(perUnit),
            row.Number(maximum),
            row.Text(description),
            row.Text(notes)));
    }
}
