namespace SibReview.Cases.Indigo;

/// <summary>all-data-by-type/original_projects_outcome_payment_commitments.csv.</summary>
internal static class OutcomePayersFile
{
    public const string Path = "all-data-by-type/original_projects_outcome_payment_commitments.csv";

    public static ILookup<string, OutcomePayer> Read(string directory, NameIndex organisations, IReadOnlySet<string> projectIds)
    {
        var table = CsvTable.Load(directory, Path);
        var organisation = table.Column(PartiesFile.OrganisationIdColumn);
        var currency = table.Column("Maximum potential Outcome payment - Currency - (Value)");
        var maximum = table.Column("Maximum potential Outcome payment - Amount - (Value)");
        var paidCurrency = table.Column("Total outcome payments made - Currency - (Value)");
        var paid = table.Column("Total outcome payments made - Amount - (Value)");
        var notes = table.Column("Notes");
        return ProjectChildRows.Read(table, projectIds, row => new OutcomePayer(
            row.Text(organisation) is { } id ? organisations.Resolve(id) : null,
            row.Text(currency) ?? row.Text(paidCurrency),
            row.NumberIfPlain(maximum),
            row.Text(maximum),
            row.NumberIfPlain(paid),
            row.Text(paid),
            row.Text(notes)));
    }
}
