namespace SibReview.Cases.Indigo;

/// <summary>all-data-by-type/original_projects_outcome_metrics.csv: metrics without their pricings and results yet.</summary>
internal static class OutcomeMetricsFile
{
    public const string Path = "all-data-by-type/original_projects_outcome_metrics.csv";

    public static ILookup<string, OutcomeMetric> Read(string directory, IReadOnlySet<string> projectIds)
    {
        var table = CsvTable.Load(directory, Path);
        var id = table.Column("Id");
        var definition = table.Column("Outcome Definition - (Value)");
        var targetPopulation = table.Column("Target Population - (Value)");
        var targetedUsers = table.Column("Targeted number of service users Or beneficiaries (total) - (Value)");
        var target = table.Column("Outcome metric target - (Value)");
        var otherTarget = table.Column("Other target for Meeting outcome metric target - (Value)");
        var validation = table.Column("Outcome validation Method - (Value)");
        var policySector = table.Column("Policy sector - (Value)");
        var notes = table.Column("Notes");
        return ProjectChildRows.Read(table, projectIds, row => new OutcomeMetric(
            row.Text(id),
            row.Text(definition),
            row.Text(targetPopulation),
            row.Text(targetedUsers),
            row.Text(target),
            row.Text(otherTarget),
            row.Text(validation),
            row.Text(policySector),
            row.Text(notes),
            [],
            []));
    }
}
