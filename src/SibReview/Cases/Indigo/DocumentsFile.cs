namespace SibReview.Cases.Indigo;

/// <summary>all-data-by-type/original_projects_documents.csv.</summary>
internal static class DocumentsFile
{
    public const string Path = "all-data-by-type/original_projects_documents.csv";

    public static ILookup<string, IndigoDocument> Read(string directory, IReadOnlySet<string> projectIds)
    {
        var table = CsvTable.Load(directory, Path);
        var title = table.Column("Title - (Value)");
        var url = table.Column("URL - (Value)");
        var notes = table.Column("Notes");
        return ProjectChildRows.Read(table, projectIds, row => new IndigoDocument(row.Text(title), row.Text(url), row.Text(notes)));
    }
}
