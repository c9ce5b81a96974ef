using Shouldly;
using SibReview.Coding.Codebook;
using SibReview.Coding.Search;
using SibReview.Documents.Texts;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Coding.Search;

/// <summary>
/// PostgreSQL decides which texts match (a tsquery on the stored vectors); <see cref="Matches"/> finds where, from the
/// positions. On 300 generated texts and keywords of every shape, they must agree text for text, and every hit must
/// read, at its offsets, as the text it quotes.
/// </summary>
public sealed class SearchConsistencyTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string[] Vocabulary =
    [
        "the", "of", "a", "to", "with", "for", "and", "service", "services", "Service", "user", "users", "user-led", "co-produced",
        "co-production", "Co-Design", "designed", "design", "partners", "partnership", "partnerships", "trust", "theory", "change",
        "changes", "lived", "experience", "experiences", "people's", "shared", "responsibility", "responsibilities", "annual",
        "review", "reviews", "theory of change", "annual review", "the service", "café", "naïve", "😀", "—", "2019", "outcomes,",
        "(users)", "risk-sharing", "risk", "sharing.",
    ];

    private static readonly string[] Keywords =
    [
        "service", "users", "user*", "co-produc*", "co-design*", "partnership", "service users", "service user*", "\"service users\"",
        "theory of change", "\"theory of change\"", "lived experience", "\"lived experience\"", "shared responsibilit*",
        "\"shared responsibilit*\"", "people's", "\"people's\"", "café", "naïve", "2019", "risk-sharing", "risk* NEAR/3 shar*",
        "users NEAR/1 service", "co-produc* NEAR/5 users", "annual review NEAR/2 change*", "\"the service\" NEAR/4 design*",
        "trust NEAR/10 partner*", "outcomes",
    ];

    [Fact]
    public async Task Postgresql_and_the_position_matcher_agree_on_every_text_and_each_hit_quotes_the_text_at_its_offsets()
    {
        var random = new Random(6);
        var texts = Enumerable.Range(1, 300).Select(i => $"consistency/d{i}/v1").ToDictionary(id => id, _ =>
            string.Join(' ', Enumerable.Range(0, random.Next(12, 40)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)])));
        await using (var session = app.Store.LightweightSession())
        {
            foreach (var (id, text) in texts) session.Store(new DocumentText(id, "consistency", id.Split('/')[1], 1, text, [], "", "t.txt",
                "text/plain", "test", DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }

        await using var reader = app.Store.QuerySession();
        var ids = texts.Keys.ToList();
        foreach (var keyword in Keywords)
        {
            var (queries, skipped) = await KeywordQueries.CompileAsync(reader, [KeywordParser.Parse(keyword).Expression!], default);
            skipped.ShouldBeEmpty();

            var matching = await TextSearch.MatchingAsync(reader, ids, queries, default);
            var found = await TextSearch.HitsAsync(reader, ids, queries, 3, default);

            matching.ShouldNotBeEmpty(keyword);
            found.Unplaced.ShouldBe(0, keyword);
            found.Hits.Select(h => h.TextId).ToHashSet().ShouldBe(matching, ignoreOrder: true, keyword);
            foreach (var hit in found.Hits) texts[hit.TextId][hit.Start..hit.End].ShouldBe(hit.Snippet.Match, keyword);
        }
    }
}
