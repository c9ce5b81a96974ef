namespace SibReview.Cases.Indigo;

/// <summary>Reads a per-project table (keyed by "Project ID") into values grouped by project, in file order.</summary>
internal static class ProjectChildRows
{
    /// <param name="map">Turns a row into a value; its columns must already be resolved so that a missing one is reported first.</param>
    public static ILookup<string, T> Read<T>(CsvTable table, IReadOnlySet<string> projectIds, Func<CsvRow, T> map)
    {
        var projectId = table.Column("Project ID");
        return table.Rows
            .Select(row => (ProjectId: KnownProject(row, projectId, projectIds), Value: map(row)))
            .ToLookup(pair => pair.ProjectId, pair => pair.Value);
    }

    private static string KnownProject(CsvRow row, CsvColumn projectId, IReadOnlySet<string> projectIds)
    {
        var id = row.Text(projectId) ?? throw row.Problem("missing project ID");
        return projectIds.Contains(id) ? id : throw row.Problem($"unknown project ID {id}");
    }
}
