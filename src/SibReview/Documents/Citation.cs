namespace SibReview.Documents;

/// <summary>
/// One work an INDIGO source row cites. <see cref="TitleKey"/> sets aside what varies between citations of the same
/// work (case, punctuation, page references, access notes, embedded URLs, a "(publisher, year)" note), so one report
/// cited at several pages has one key; <see cref="Year"/> keeps the year apart, so that two editions stay two.
/// <see cref="Locators"/> keeps the page references that were set aside, as evidence.
/// </summary>
public sealed record Citation(string Title, string TitleKey, int? Year, string? Url, IReadOnlyList<string> Locators);

public static partial class Citations
{
    /// <summary>
    /// The works a source row's text cites. INDIGO often cites several in one row ("... page 1 and Evaluation of ...",
    /// "A; B", "URL , URL"), so the text is cut after each URL and page reference and at each semicolon outside
    /// brackets; a piece with nothing but locators in it ("- p. 53", ": https://...") belongs to the piece before.
    /// </summary>
    public static IReadOnlyList<Citation> In(string text, string? rowUrl = null)
    {
        var urls = Url().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var pages = Page().Matches(text).Where(m => !urls.Any(u => m.Index < u.End && u.Index < m.Index + m.Length))
            .Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var cuts = new SortedSet<int>(urls.Select(u => u.End));
        // "Page 6: https://..." and "p. 3 accessed on 24/07/2019 at https://..." are one locator: the URL says where the page is.
        cuts.UnionWith(pages.Where(p => !urls.Any(u => u.Index == SkipSeparators(text, p.End))).Select(p => p.End));
        cuts.UnionWith(SemicolonsOutsideBrackets(text).Where(i => !pages.Any(p => p.Index < i && i < p.End)));

        var pieces = new List<string>();
        var pending = "";
        var start = 0;
        foreach (var cut in cuts.Append(text.Length).Where(c => c > 0))
        {
            var piece = pending + text[start..cut];
            start = cut;
            if (HasContent(piece)) { pieces.Add(piece); pending = ""; }
            else if (pieces.Count > 0) pieces[^1] += piece;
            else pending = piece;
        }
        return pieces.Select(p => Of(p, pieces.Count == 1 ? rowUrl : null)).ToList();
    }

    /// <summary>Lower case, letters and digits only, single spaces: how two wordings of one title are compared.</summary>
    public static string Key(string title) =>
        string.Join(' ', NotLetterOrDigit().Split(title.ToLowerInvariant()).Where(w => w.Length > 0));

    /// <summary>The same address however it was typed: no scheme, no "www.", no trailing slash, any case.</summary>
    public static string UrlKey(string url) =>
        Scheme().Replace(url.Trim().ToLowerInvariant(), "").TrimEnd('/');

    private static Citation Of(string piece, string? rowUrl)
    {
        var url = Url().Match(piece) is { Success: true } m ? m.Value : rowUrl?.Trim();
        var title = CleanTitle(piece);
        var undated = Key(PublisherAndDate().Replace(title, " "));
        return new Citation(title.Length > 0 ? title : url ?? piece.Trim(), undated.Length > 0 ? undated : Key(title),
            SuggestedDetails.Year(null, title), url,
            Locators(Url().Replace(piece, " ")));
    }

    private static List<string> Locators(string text) => Page().Matches(text).Concat(Part().Matches(text))
        .OrderBy(m => m.Index).Select(m => Whitespace().Replace(m.Value, " ")).ToList();

    /// <summary>A piece that is only locators, or only a bracketed remark ("(Translated through Google Translate)"), annotates the one before.</summary>
    private static bool HasContent(string piece)
    {
        var title = CleanTitle(piece);
        return Url().IsMatch(piece) || (Key(title).Length > 0 && !Remark().IsMatch(title));
    }

    private static string CleanTitle(string text)
    {
        var title = text.Replace("\\\"", "\"");
        foreach (var noise in new[] { NoteThat(), Url(), AccessNote(), InlineAccessNote(), Page(), Part(), EmptyBrackets() })
            title = noise.Replace(title, " ");
        title = Prefix().Replace(Whitespace().Replace(title, " ").Trim(Tidy), "");
        title = SpaceInsideBrackets().Replace(title, "");
        return Balanced(Connectors().Replace(TrailingConnectors().Replace(title.Trim(Tidy), ""), "").Trim(Tidy));
    }

    /// <summary>Drops the brackets left unmatched where an access note or URL was cut out of "(Site, accessed ...): Title".</summary>
    private static string Balanced(string title)
    {
        var unmatched = new Stack<int>();
        var drop = new HashSet<int>();
        for (var i = 0; i < title.Length; i++)
        {
            if (title[i] == '(') unmatched.Push(i);
            else if (title[i] == ')' && !unmatched.TryPop(out _)) drop.Add(i);
        }
        drop.UnionWith(unmatched);
        return drop.Count == 0 ? title : Whitespace().Replace(new string(title.Where((_, i) => !drop.Contains(i)).ToArray()), " ").Trim(Tidy);
    }

    private static int SkipSeparators(string text, int i)
    {
        while (true)
        {
            while (i < text.Length && " \t\n:,-–".Contains(text[i])) i++;
            var note = AccessNote().Match(text, i) is { Success: true, Index: var a } m && a == i ? m : InlineAccessNote().Match(text, i);
            if (!note.Success || note.Index != i || note.Length == 0) return i;
            i += note.Length;
        }
    }

    private static IEnumerable<int> SemicolonsOutsideBrackets(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '(' or '[') depth++;
            else if (text[i] is ')' or ']') depth = Math.Max(0, depth - 1);
            else if (text[i] == ';' && depth == 0) yield return i;
        }
    }

    private static readonly char[] Tidy = [' ', ',', ';', ':', '.', '-', '–', '—', '\n', '\r', '\t'];
}
