using SibReview.Coding.Search;

namespace SibReview.Coding.Suggestions;

/// <summary>
/// A suggested coding: theme Theme for the words [Start, End) (UTF-16) of a text version, found by Keyword, with its
/// context. Accepting it is coding it through the workbench with its SuggestionId; rejecting it is recorded too.
/// </summary>
public sealed record Suggestion(
    string SuggestionId, int Theme, string Keyword, string CaseId, string DocumentId, int TextVersion, int Start, int End, string Quote,
    int? Page, string Before, string After, bool MoreBefore, bool MoreAfter)
{
    /// <summary>
    /// A theme's hits in one text as suggestions: one per span, found by the first of the theme's keywords (in the
    /// codebook's order) that finds it, so one passage is never offered twice under two keywords and its decision counts
    /// toward one keyword's precision.
    /// </summary>
    public static IReadOnlyList<Suggestion> Of(StudyText text, int theme, IReadOnlyList<KeywordQuery> keywords, IEnumerable<TextHit> hits)
    {
        var order = keywords.Select((k, i) => (k.Keyword, i)).ToDictionary(k => k.Keyword, k => k.i);
        return hits.GroupBy(h => (h.Start, h.End))
            .Select(g => g.MinBy(h => order[h.Keyword])!)
            .OrderBy(h => h.Start).ThenBy(h => h.End)
            .Select(h => new Suggestion(SuggestionIds.Of(text.TextId, theme, h.Keyword, h.Start, h.End), theme, h.Keyword, text.CaseId,
                text.DocumentId, text.Version, h.Start, h.End, h.Snippet.Match, h.Page, h.Snippet.Before, h.Snippet.After,
                h.Snippet.MoreBefore, h.Snippet.MoreAfter))
            .ToList();
    }

    public bool DecidedBy(CoderDocument coder) =>
        coder.AcceptedAs(SuggestionId, TextVersion, Theme, Start, End) is not null ||
        coder.RejectedAs(SuggestionId, TextVersion, Theme, Start, End) is not null;
}
