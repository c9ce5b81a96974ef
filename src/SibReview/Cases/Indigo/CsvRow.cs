using System.Globalization;

namespace SibReview.Cases.Indigo;

/// <summary>One data row, with the physical line of the file it starts on.</summary>
internal sealed class CsvRow(string file, int line, IReadOnlyList<string> fields)
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public IReadOnlyList<string> Fields { get; } = fields;

    /// <summary>The cell trimmed, or null when it is blank.</summary>
    public string? Text(CsvColumn column)
    {
        var text = Fields[column.Index].Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>The cell as an invariant-culture number (e.g. 1262980 or -12.5), or null when blank.</summary>
    public decimal? Number(CsvColumn column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        return Parse(text) ?? throw Problem($"'{text}' is not a number in column '{column.Name}'");
    }

    /// <summary>The cell as a number when it is one, else null: for columns that hold free text such as "$1.3M".</summary>
    public decimal? NumberIfPlain(CsvColumn column) => Parse(Text(column));

    public IndigoProblemException Problem(string message) => new(new IndigoProblem(File, Line, message));

    private static decimal? Parse(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
