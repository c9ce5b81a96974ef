using System.Text;

namespace SibReview.Cases.Indigo;

/// <summary>
/// A CSV file read whole (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks;
/// UTF-8 with or without a BOM). Problems are reported as <see cref="IndigoProblemException"/>
/// naming <see cref="File"/> and the physical line.
/// </summary>
internal sealed class CsvTable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly List<string> header;

    private CsvTable(string file, List<string> header, IReadOnlyList<CsvRow> rows)
    {
        File = file;
        this.header = header;
        Rows = rows;
    }

    /// <summary>The name problems are reported against.</summary>
    public string File { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <param name="directory">The folder <paramref name="file"/> is relative to.</param>
    /// <param name="file">A relative path with '/' separators, used as is in problems.</param>
    public static CsvTable Load(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        if (!System.IO.File.Exists(path))
        {
            throw new IndigoProblemException(new IndigoProblem(file, 0, "file is missing"));
        }

        return Parse(Decode(System.IO.File.ReadAllBytes(path), file), file);
    }

    public static CsvTable Parse(string text, string file)
    {
        var records = CsvParser.Records(text, file).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new IndigoProblemException(new IndigoProblem(file, 1, "file is empty: no header row"));
        }

        var header = records.Current.Fields.Select(name => name.Trim()).ToList();
        var rows = new List<CsvRow>();
        while (records.MoveNext())
        {
            var (line, fields) = records.Current;
            var row = new CsvRow(file, line, fields);
            if (fields.Count != header.Count)
            {
                throw row.Problem($"row has {fields.Count} fields but the header has {header.Count}");
            }

            rows.Add(row);
        }

        return new CsvTable(file, header, rows);
    }

    /// <summary>The column with this header; its absence is a problem at line 1.</summary>
    public CsvColumn Column(string name)
    {
        var index = header.IndexOf(name);
        if (index < 0)
        {
            throw new IndigoProblemException(new IndigoProblem(File, 1, $"missing required column '{name}'"));
        }

        if (header.LastIndexOf(name) != index)
        {
            throw new IndigoProblemException(new IndigoProblem(File, 1, $"column '{name}' appears more than once"));
        }

        return new CsvColumn(name, index);
    }

    private static string Decode(byte[] bytes, string file)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Typically a CSV re-saved by a spreadsheet in a legacy code page.
            throw new IndigoProblemException(new IndigoProblem(file, 0, "file is not UTF-8 text"));
        }
    }
}
