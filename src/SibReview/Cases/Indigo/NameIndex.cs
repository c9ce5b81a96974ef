namespace SibReview.Cases.Indigo;

/// <summary>Names by INDIGO ID, from the organisations or the funds file.</summary>
internal sealed class NameIndex(IReadOnlyDictionary<string, string> names)
{
    public static NameIndex Read(string directory, string file, string idColumn, string nameColumn)
    {
        var table = CsvTable.Load(directory, file);
        var id = table.Column(idColumn);
        var name = table.Column(nameColumn);
        var names = new Dictionary<string, string>();
        var lines = new Dictionary<string, int>();
        foreach (var row in table.Rows)
        {
            var key = row.Text(id) ?? throw row.Problem("missing ID");
            if (!lines.TryAdd(key, row.Line))
            {
                throw row.Problem($"duplicate ID {key} (first on line {lines[key]})");
            }

            if (row.Text(name) is { } text)
            {
                names[key] = SingleLine(text);
            }
        }

        return new NameIndex(names);
    }

    /// <summary>
    /// The name for an ID, or the ID itself when the file does not have it: INDIGO's tables refer
    /// to a few organisations and funds that its download leaves out, and they are still parties.
    /// </summary>
    public string Resolve(string id) => names.GetValueOrDefault(id, id);

    // A few names carry line breaks or double spaces from INDIGO's forms; a name is one line of text.
    private static string SingleLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
