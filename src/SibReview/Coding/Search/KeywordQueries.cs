using Marten;
using SibReview.Coding.Codebook;

namespace SibReview.Coding.Search;

/// <summary>A theme keyword that cannot be searched as written (only stop words, say), and why; the theme's other keywords
/// still run.</summary>
public sealed record SkippedKeyword(string Keyword, string Problem);

public static class KeywordQueries
{
    /// <summary>Compiles keywords with one look-up of all their words in PostgreSQL's parser and stemmer.</summary>
    public static async Task<(IReadOnlyList<KeywordQuery> Queries, IReadOnlyList<SkippedKeyword> Skipped)> CompileAsync(
        IQuerySession session, IReadOnlyList<KeywordExpression> keywords, CancellationToken ct)
    {
        var words = keywords.SelectMany(k => k is KeywordNear near ? [.. near.Left.Terms, .. near.Right.Terms] : ((KeywordSequence)k).Terms)
            .Select(t => t.Word);
        var lexicon = await Lexicon.ReadAsync(session, words, ct);
        var (queries, skipped) = (new List<KeywordQuery>(), new List<SkippedKeyword>());
        foreach (var keyword in keywords)
        {
            var (query, problem) = KeywordQuery.Compile(keyword, lexicon);
            if (query is not null) queries.Add(query);
            else skipped.Add(new SkippedKeyword(keyword.Canonical, problem!));
        }
        return (queries, skipped);
    }

    /// <summary>A theme's keywords, parsed (the codebook stores them in canonical form, so they parse).</summary>
    public static IReadOnlyList<KeywordExpression> Of(Theme theme) =>
        theme.Keywords.Select(k => KeywordParser.Parse(k).Expression).OfType<KeywordExpression>().ToList();
}
