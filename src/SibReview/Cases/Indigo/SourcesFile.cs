namespace SibReview.Cases.Indigo;

/// <summary>all-data-by-type/original_projects_sources.csv.</summary>
internal static class SourcesFile
{
    public const string Path = "all-data-by-type/original_projects_sources.csv";

    public static ILookup<string, IndigoSource> Read(string directory, IReadOnlySet<string> projectIds)
    {
        var table = CsvTable.Load(directory, Path);
        var id = table.Column("Id");
        var name = table.Column("Name - (Value)");
        var type = table.Column("Type - (Value)");
        var publishers = table.Column("Publishing Organisations - (Value)");
        var url = table.Column("URL - (Value)");
        var archiveUrl = table.Column("Archive URL - (Value)");
        var published = table.Column("Publication Date - (Value)");
        var accessed = table.Column("Accessed Date - (Value)");
        var notes = table.Column("Notes");
        return ProjectChildRows.Read(table, projectIds, row => new IndigoSource(
            row.Text(id),
            row.Text(name),
            row.Text(type),
            row.Text(publishers),
            row.Text(url),
            row.Text(archiveUrl),
            row.Text(published),
            row.Text(accessed),
            row.Text(notes)));
    }
}
