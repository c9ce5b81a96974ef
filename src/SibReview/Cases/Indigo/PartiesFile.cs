namespace SibReview.Cases.Indigo;

/// <summary>
/// A per-project table that names one organisation or fund a row (service provisions,
/// investments, intermediary services, outcome funds): the names by project, de-duplicated, in file order.
/// </summary>
internal static class PartiesFile
{
    public const string ServiceProvisions = "all-data-by-type/original_projects_service_provisions.csv";
    public const string Investments = "all-data-by-type/original_projects_investments.csv";
    public const string IntermediaryServices = "all-data-by-type/original_projects_intermediary_services.csv";
    public const string OutcomeFunds = "all-data-by-type/original_projects_outcome_funds.csv";

    public const string OrganisationIdColumn = "Organisation ID - (Value)";
    public const string FundIdColumn = "Id";

    public static ILookup<string, string> Read(string directory, string file, string idColumn, NameIndex names, IReadOnlySet<string> projectIds)
    {
        var table = CsvTable.Load(directory, file);
        var id = table.Column(idColumn);
        return ProjectChildRows.Read(table, projectIds, row => row.Text(id) is { } partyId ? names.Resolve(partyId) : null)
            .SelectMany(project => Distinct(project).Select(name => (project.Key, Name: name)))
            .ToLookup(pair => pair.Key, pair => pair.Name);
    }

    public static IReadOnlyList<string> Distinct(IEnumerable<string?> names)
    {
        var seen = new HashSet<string>();
        return names.OfType<string>().Where(seen.Add).ToList();
    }
}
