namespace SibReview.Cases.Indigo;

/// <summary>A row of all-data-by-type/original_projects_outcome_payments.csv.</summary>
internal sealed record OutcomePaymentRow(string? Type, string? PlanId, decimal? Amount)
{
    public const string Path = "all-data-by-type/original_projects_outcome_payments.csv";

    public static ILookup<string, OutcomePaymentRow> Read(string directory, IReadOnlySet<string> projectIds)
    {
        var table = CsvTable.Load(directory, Path);
        var type = table.Column("Type - (Value)");
        var plan = table.Column("Outcome Payment Plan Id - (Value)");
        var amount = table.Column("Payments - Amount - (Value)");
        return ProjectChildRows.Read(table, projectIds, row => new OutcomePaymentRow(row.Text(type), row.Text(plan), row.Number(amount)));
    }

    public bool IsType(string name) => string.Equals(Type, name, StringComparison.OrdinalIgnoreCase);
}
