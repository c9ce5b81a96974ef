using Shouldly;
using SibReview.Coding.Search;
using Xunit;

namespace SibReview.Tests.Coding.Search;

/// <summary>The search's operators against real PostgreSQL, on small texts a coder uploads; each test searches a case of its own.</summary>
public sealed class SearchOperatorTests(SearchFixture app) : IClassFixture<SearchFixture>
{
    private async Task<IReadOnlyList<string>> Matched(string query, string text)
    {
        var caseId = app.NewCase();
        await app.Upload(caseId, "d1", text);
        var results = await app.Search(query, caseId);
        return results.Results.SelectMany(d => d.Lines).Select(l => l.Match).ToList();
    }

    [Fact]
    public async Task A_word_finds_its_other_forms_by_english_stemming() =>
        (await Matched("partnership", "The partners formed partnerships. A partnership board met monthly."))
            .ShouldBe(["partnerships", "partnership"]);

    [Fact]
    public async Task A_prefix_finds_every_word_that_starts_so_even_where_the_stem_is_shorter()
    {
        const string text = "Accountability was shared: each partner was accountable. The accounts were audited.";

        (await Matched("accountab*", text)).ShouldBe(["Accountability", "accountable"]);
        (await Matched("accountable", text)).ShouldBe(["Accountability", "accountable", "accounts"]);
    }

    [Fact]
    public async Task A_hyphenated_prefix_finds_the_hyphenated_words_and_not_their_parts_alone() =>
        (await Matched("co-produc*", "Co-Producers co-produced a co-production; coproduction and produced alone do not count."))
            .ShouldBe(["Co-Producers", "co-produced", "co-production"]);

    [Fact]
    public async Task A_phrase_finds_its_words_in_order_in_any_form_and_nowhere_else() =>
        (await Matched("service users", "Service users spoke. The services' users agreed. Users of the service did not. The service used it."))
            .ShouldBe(["Service users", "services' users"]);

    [Fact]
    public async Task Near_finds_two_keywords_within_n_words_in_either_order()
    {
        const string text = "Users helped to co-produce the service. Later it was co-produced with the service users.";

        (await Matched("co-produc* NEAR/3 users", text)).ShouldBe(["Users helped to co-produce"]);
        (await Matched("co-produc* NEAR/4 users", text)).ShouldBe(["Users helped to co-produce", "co-produced with the service users"]);
        (await Matched("users NEAR/4 co-produc*", text)).ShouldBe(["Users helped to co-produce", "co-produced with the service users"]);
    }

    [Fact]
    public async Task Stop_words_in_a_phrase_hold_a_place_and_match_any_word_unless_the_phrase_is_quoted()
    {
        const string text = "A theory of change; theories for changing lives; a theory changes.";

        (await Matched("theory of change", text)).ShouldBe(["theory of change", "theories for changing"]);
        (await Matched("\"theory of change\"", text)).ShouldBe(["theory of change"]);
    }

    [Fact]
    public async Task An_exact_phrase_finds_these_very_words_in_any_capitals_and_no_other_forms()
    {
        const string text = "People with lived experience. A Lived Experience panel. Their lived experiences differ.";

        (await Matched("\"lived experience\"", text)).ShouldBe(["lived experience", "Lived Experience"]);
        (await Matched("lived experience", text)).ShouldBe(["lived experience", "Lived Experience", "lived experiences"]);
        (await Matched("\"as a result\"", "As a result, they stayed. As the result shows.")).ShouldBe(["As a result"]);
    }

    [Fact]
    public async Task An_exact_phrase_may_end_in_a_prefix() =>
        (await Matched("\"shared responsibilit*\"", "Shared responsibilities, a shared responsibility, shared the responsibility."))
            .ShouldBe(["Shared responsibilities", "shared responsibility"]);
}
