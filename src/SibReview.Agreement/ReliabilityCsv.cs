using System.Text;

namespace SibReview.Agreement;

/// <summary>A problem found while parsing, located by 1-based line number.</summary>
public sealed record CsvProblem(int Line, string Message)
{
    /// <summary>"line N: problem".</summary>
    public override string ToString() => $"line {Line}: {Message}";
}

/// <summary>Either the parsed data set or the problems that prevented it (never both).</summary>
public sealed class CsvParseResult
{
    private CsvParseResult(ReliabilityData? data, IReadOnlyList<RatingRow> rows, IReadOnlyList<CsvProblem> problems)
    {
        Data = data;
        Rows = rows;
        Problems = problems;
    }

    /// <summary>The data set, when the file was valid.</summary>
    public ReliabilityData? Data { get; }

    /// <summary>The ratings as given (trimmed), including missing ones, when the file was valid; a store can keep them as they came.</summary>
    public IReadOnlyList<RatingRow> Rows { get; }

    /// <summary>Every problem found, in line order; empty on success.</summary>
    public IReadOnlyList<CsvProblem> Problems { get; }

    /// <summary>True when <see cref="Data"/> is set.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Data))]
    public bool IsSuccess => Data is not null;

    internal static CsvParseResult Success(ReliabilityData data, IReadOnlyList<RatingRow> rows) => new(data, rows, []);

    internal static CsvParseResult Failure(IReadOnlyList<CsvProblem> problems) => new(null, [], problems);
}

/// <summary>Reads long-format reliability data: a CSV file with the header <c>unit,coder,value</c>.</summary>
public static class ReliabilityCsv
{
    /// <summary>The required header.</summary>
    public const string Header = "unit,coder,value";

    /// <summary>
    /// Parses long-format CSV text (RFC 4180 quoting; comma separator; CRLF or LF line ends; an optional
    /// UTF-8 byte-order mark). The first line must be the header <c>unit,coder,value</c> (case-insensitive,
    /// spaces around names ignored). Every other non-blank line is one rating; fields are trimmed. A missing
    /// rating is an absent row or a row with an empty value. Blank lines are skipped.
    /// </summary>
    /// <param name="text">The file's text.</param>
    /// <param name="level">
    /// The level the data are meant for. Interval and ratio need numbers: each value must parse as a number
    /// (invariant culture, '.' decimal point) and the data set is built with <see cref="ReliabilityData.FromNumbers"/>.
    /// Nominal and ordinal keep labels (<see cref="ReliabilityData.FromLabels"/>); ordinal with text labels
    /// needs <paramref name="categoryOrder"/>.
    /// </param>
    /// <param name="categoryOrder">
    /// Optional declared categories (labels) in order; values outside it are problems. At the interval and ratio
    /// levels every declared category must be a number (otherwise <see cref="ArgumentException"/>), and values
    /// must then match a declared label exactly.
    /// </param>
    /// <returns>
    /// The data set, or every problem as "line N: …": empty file, missing or wrong header, wrong column
    /// count, unterminated quote, empty unit or coder, duplicate (unit, coder) rating, a non-numeric value
    /// when a numeric level is asked, a value outside the declared categories, no rating rows.
    /// </returns>
    public static CsvParseResult Parse(string text, MeasurementLevel level = MeasurementLevel.Nominal, IEnumerable<string>? categoryOrder = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<CsvProblem>();
        var lines = SplitLines(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text);
        int headerIndex = lines.FindIndex(l => !string.IsNullOrWhiteSpace(l));
        if (headerIndex < 0)
            return Fail(1, $"the file is empty; expected the header '{Header}'");
        if (headerIndex > 0 || !IsHeader(lines[0]))
            return Fail(headerIndex + 1, $"expected the header '{Header}' on the first line, found '{Shorten(lines[headerIndex])}'");

        var rows = new List<RatingRow>();
        int rowCount = 0;
        for (int i = 1; i < lines.Count; i++)
        {
            int lineNo = i + 1;
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            rowCount++;
            var fields = SplitFields(lines[i], out string? fieldError);
            if (fieldError is not null) { problems.Add(new(lineNo, fieldError)); continue; }
            if (fields.Count != 3)
            {
                problems.Add(new(lineNo, $"expected 3 columns (unit,coder,value) but found {fields.Count}"));
                continue;
            }
            rows.Add(new RatingRow(lineNo, fields[0], fields[1], fields[2]));
        }
        if (rowCount == 0 && problems.Count == 0)
            return Fail(headerIndex + 1, "the file has a header but no ratings");

        var built = RatingRows.Build(rows, level, categoryOrder);
        return problems.Count == 0
            ? built
            : CsvParseResult.Failure([.. problems.Concat(built.Problems).OrderBy(p => p.Line)]);
    }

    private static CsvParseResult Fail(int line, string message) => CsvParseResult.Failure([new CsvProblem(line, message)]);

    private static bool IsHeader(string line)
    {
        var fields = SplitFields(line, out string? error);
        return error is null && fields.Count == 3
            && fields[0].Equals("unit", StringComparison.OrdinalIgnoreCase)
            && fields[1].Equals("coder", StringComparison.OrdinalIgnoreCase)
            && fields[2].Equals("value", StringComparison.OrdinalIgnoreCase);
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            int end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            lines.Add(text[start..end]);
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text[start..].TrimEnd('\r'));
        return lines;
    }

    /// <summary>RFC 4180 fields of one line; quoted fields may contain commas and doubled quotes.</summary>
    private static List<string> SplitFields(string line, out string? error)
    {
        error = null;
        var fields = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (true)
        {
            field.Clear();
            while (i < line.Length && line[i] is ' ' or '\t') i++;
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length) { error = "unterminated quoted field"; return fields; }
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(line[i++]);
                }
                while (i < line.Length && line[i] is ' ' or '\t') i++;
                if (i < line.Length && line[i] != ',') { error = "unexpected text after a quoted field"; return fields; }
                fields.Add(field.ToString());
            }
            else
            {
                int start = i;
                while (i < line.Length && line[i] != ',')
                {
                    if (line[i] == '"') { error = "a quote inside an unquoted field"; return fields; }
                    i++;
                }
                fields.Add(line[start..i].Trim());
            }
            if (i >= line.Length) return fields;
            i++; // skip the comma
        }
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : string.Concat(s.AsSpan(0, 57), "...");
}
