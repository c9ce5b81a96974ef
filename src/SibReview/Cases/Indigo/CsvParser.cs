using System.Text;

namespace SibReview.Cases.Indigo;

/// <summary>
/// Splits RFC 4180 text into records. A line break is CRLF, LF or CR, both between records and
/// for counting lines; breaks inside quoted fields are kept as they are. Blank lines are skipped.
/// </summary>
internal static class CsvParser
{
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Records(string text, string file)
    {
        var cursor = new Cursor(text, file);
        while (!cursor.AtEnd)
        {
            if (cursor.SkipLineBreak())
            {
                continue;
            }

            var line = cursor.Line;
            var fields = new List<string>();
            do
            {
                fields.Add(cursor.ReadField());
            }
            while (cursor.SkipComma());

            cursor.SkipLineBreak();
            yield return (line, fields);
        }
    }

    private sealed class Cursor(string text, string file)
    {
        private readonly StringBuilder quoted = new();
        private int position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

        public int Line { get; private set; } = 1;

        public bool AtEnd => position >= text.Length;

        private char Current => text[position];

        public bool SkipComma()
        {
            if (AtEnd || Current != ',')
            {
                return false;
            }

            position++;
            return true;
        }

        public bool SkipLineBreak()
        {
            var length = LineBreakLength();
            position += length;
            Line += length > 0 ? 1 : 0;
            return length > 0;
        }

        public string ReadField() => !AtEnd && Current == '"' ? ReadQuoted() : ReadUnquoted();

        private string ReadUnquoted()
        {
            var start = position;
            while (!AtEnd && Current != ',' && LineBreakLength() == 0)
            {
                if (Current == '"')
                {
                    throw Problem(Line, "stray quote in an unquoted field");
                }

                position++;
            }

            return text[start..position];
        }

        private string ReadQuoted()
        {
            var openedOn = Line;
            position++;
            quoted.Clear();
            while (true)
            {
                if (AtEnd)
                {
                    throw Problem(openedOn, "quoted field is never closed");
                }

                if (Current == '"')
                {
                    position++;
                    if (AtEnd || Current != '"')
                    {
                        break;
                    }
                }

                var lineBreak = LineBreakLength();
                if (lineBreak > 0)
                {
                    quoted.Append(text, position, lineBreak);
                    SkipLineBreak();
                    continue;
                }

                quoted.Append(Current);
                position++;
            }

            if (!AtEnd && Current != ',' && LineBreakLength() == 0)
            {
                throw Problem(Line, "text after the closing quote of a quoted field");
            }

            return quoted.ToString();
        }

        private int LineBreakLength() => AtEnd ? 0 : Current switch
        {
            '\n' => 1,
            '\r' => position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1,
            _ => 0,
        };

        private IndigoProblemException Problem(int line, string message) => new(new IndigoProblem(file, line, message));
    }
}
