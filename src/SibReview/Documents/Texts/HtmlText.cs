using System.Net;
using System.Text;

namespace SibReview.Documents.Texts;

/// <summary>
/// The text of an HTML page, with no markup left: tags, comments and declarations go; the contents of script, style,
/// title, template and the like go with them (they are not what the page says); character references are decoded
/// ("&amp;lt;script&amp;gt;" becomes the text "&lt;script&gt;", which the reader shows as text). Paragraphs, headings,
/// lists and other blocks end with a line break, so coders read the page's paragraphs; runs of white space inside a
/// block become one space, as a browser shows them, except inside pre. Tolerant of bad HTML, as browsers are.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "title", "template", "noframes", "iframe", "object", "svg", "math", "textarea", "select" };

    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "section", "article",
        "header", "footer", "nav", "aside", "main", "figure", "address", "hr", "form", "fieldset", "details", "body",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
        { "br", "div", "li", "dt", "dd", "tr", "caption", "figcaption", "summary", "legend" };

    private static readonly HashSet<string> Cells = new(StringComparer.OrdinalIgnoreCase) { "td", "th" };

    public static string ToText(string html)
    {
        var text = new Output();
        var (i, pre) = (0, 0);
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            text.Append(WebUtility.HtmlDecode(html[i..(lt < 0 ? html.Length : lt)]), pre > 0);
            if (lt < 0) break;
            i = Markup(html, lt, text, ref pre);
        }
        return text.ToString();
    }

    /// <summary>Reads the markup at <paramref name="lt"/> (a '&lt;'), acts on it, and returns where the text resumes.</summary>
    private static int Markup(string html, int lt, Output text, ref int pre)
    {
        if (At(html, lt, "<!--")) return After(html, lt + 4, "-->");
        if (At(html, lt, "<![CDATA["))
        {
            var end = html.IndexOf("]]>", lt, StringComparison.Ordinal);
            text.Append(html[(lt + 9)..(end < 0 ? html.Length : end)], pre > 0);
            return end < 0 ? html.Length : end + 3;
        }
        if (At(html, lt, "<!") || At(html, lt, "<?")) return After(html, lt + 2, ">");
        var closing = lt + 1 < html.Length && html[lt + 1] == '/';
        var nameStart = lt + (closing ? 2 : 1);
        var nameEnd = nameStart;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
        // "a < b" and "<3" are text, as in a browser.
        if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
        {
            text.Append("<", pre > 0);
            return lt + 1;
        }
        var name = html[nameStart..nameEnd];
        var tagEnd = EndOfTag(html, nameEnd);
        if (name.Equals("pre", StringComparison.OrdinalIgnoreCase)) pre = Math.Max(0, pre + (closing ? -1 : 1));
        if (Paragraphs.Contains(name)) text.Break(2);
        else if (Lines.Contains(name)) text.Break(1);
        else if (closing && Cells.Contains(name)) text.Append("\t", true);
        if (!closing && Dropped.Contains(name) && !(tagEnd >= 2 && html[tagEnd - 2] == '/'))
        {
            var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
            return close < 0 ? html.Length : EndOfTag(html, close + 2 + name.Length);
        }
        return tagEnd;
    }

    /// <summary>Just past the '&gt;' that ends a tag, skipping any inside quoted attribute values.</summary>
    private static int EndOfTag(string html, int i)
    {
        char? quote = null;
        for (; i < html.Length; i++)
        {
            if (quote is { } q) { if (html[i] == q) quote = null; }
            else if (html[i] is '"' or '\'') quote = html[i];
            else if (html[i] == '>') return i + 1;
        }
        return html.Length;
    }

    private static bool At(string html, int i, string token) => string.CompareOrdinal(html, i, token, 0, token.Length) == 0;

    private static int After(string html, int from, string end)
    {
        var at = html.IndexOf(end, Math.Min(from, html.Length), StringComparison.Ordinal);
        return at < 0 ? html.Length : at + end.Length;
    }

    /// <summary>The text so far, which knows whether it stands at the start of a line.</summary>
    private sealed class Output
    {
        private readonly StringBuilder _text = new();
        private int _pendingBreaks;

        public void Append(string run, bool preformatted)
        {
            if (!preformatted) run = CollapseSpace(run);
            if (run.Length == 0) return;
            if (_pendingBreaks > 0 && _text.Length > 0) _text.Append('\n', _pendingBreaks);
            _pendingBreaks = 0;
            // A space is kept only between words: not at a line's start, and not twice.
            if (!preformatted && run[0] == ' ' && (_text.Length == 0 || _text[^1] is ' ' or '\n' or '\t')) run = run[1..];
            _text.Append(run);
        }

        public void Break(int lines)
        {
            while (_text.Length > 0 && _text[^1] == ' ') _text.Length--;
            var already = 0;
            for (var i = _text.Length - 1; i >= 0 && _text[i] == '\n'; i--) already++;
            _pendingBreaks = Math.Max(_pendingBreaks, lines - already);
        }

        public override string ToString() => _text.ToString();

        private static string CollapseSpace(string run)
        {
            var collapsed = new StringBuilder(run.Length);
            foreach (var c in run)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f') { if (collapsed.Length == 0 || collapsed[^1] != ' ') collapsed.Append(' '); }
                else collapsed.Append(c);
            }
            return collapsed.ToString();
        }
    }
}
