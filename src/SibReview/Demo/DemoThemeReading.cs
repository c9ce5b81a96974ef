using System.Text.RegularExpressions;
using SibReview.Coding.Codebook;

namespace SibReview.Demo;

/// <summary>
/// How the demo coders read a case profile for a theme: which of the theme's keywords its words contain. A plain word
/// match (a prefix keyword matches words it starts; another word also its plural in -s; words in sequence must be adjacent;
/// NEAR/n within n words), enough to give the demo judgements that follow the texts. The real search is PostgreSQL's.
/// </summary>
public static partial class DemoThemeReading
{
    /// <summary>The theme's keywords (canonical spelling) that the text contains, in the codebook's order.</summary>
    public static IReadOnlyList<string> Mentioned(string text, Theme theme)
    {
        var words = Words().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        return [.. theme.Keywords.Where(k => KeywordParser.Parse(k).Expression is { } expression && Matches(words, expression))];
    }

    private static bool Matches(List<string> words, KeywordExpression expression) => expression switch
    {
        KeywordSequence sequence => Starts(words, sequence).Any(),
        KeywordNear near => Starts(words, near.Left).Any(l => Starts(words, near.Right).Any(r => Math.Abs(l - r) <= near.Distance)),
        _ => false,
    };

    private static IEnumerable<int> Starts(List<string> words, KeywordSequence sequence) =>
        Enumerable.Range(0, Math.Max(0, words.Count - sequence.Terms.Count + 1))
            .Where(i => sequence.Terms.Select((term, k) => Fits(words[i + k], term, sequence.Exact)).All(fits => fits));

    private static bool Fits(string word, KeywordTerm term, bool exact) =>
        term.IsPrefix ? word.StartsWith(term.Word, StringComparison.Ordinal)
        : word == term.Word || (!exact && word == term.Word + "s");

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+(?:['-][\p{L}\p{N}\p{M}]+)*")]
    private static partial Regex Words();
}
