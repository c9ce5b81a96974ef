using Shouldly;
using SibReview.Coding.Codebook;
using SibReview.Coding.Search;
using Xunit;

namespace SibReview.Tests.Coding.Search;

/// <summary>
/// Keywords compiled to tsqueries and matched on positions, without PostgreSQL: the lexicon here stands in for its
/// parser with the forms it gives for these words (checked against PostgreSQL by <see cref="SearchConsistencyTests"/>).
/// </summary>
public sealed class KeywordQueryTests
{
    private static readonly Dictionary<string, IReadOnlyList<WordToken>> Lexicon = new()
    {
        ["theory"] = [new("theory", "theori", false)],
        ["of"] = [new("of", null, false)],
        ["the"] = [new("the", null, false)],
        ["change"] = [new("change", "chang", false)],
        ["service"] = [new("service", "servic", false)],
        ["user"] = [new("user", "user", false)],
        ["users"] = [new("users", "user", false)],
        ["co-produc"] = [new("co-produc", "co-produc", true), new("co", "co", false), new("produc", "produc", false)],
        ["people's"] = [new("people", "peopl", false), new("s", null, false)],
        ["lived"] = [new("lived", "live", false)],
        ["experience"] = [new("experience", "experi", false)],
    };

    private static KeywordQuery Compile(string keyword) => KeywordQuery.Compile(KeywordParser.Parse(keyword).Expression!, Lexicon).Query!;

    [Theory]
    [InlineData("theory of change", "('theori' <2> 'chang')")]
    [InlineData("the theory", "'theori'")]
    [InlineData("\"theory of change\"", "('=theory' <-> '=of' <-> '=change')")]
    [InlineData("co-produc*", "'=co-produc':*")]
    [InlineData("co-produc* service", "('=co-produc':* <3> 'servic')")]
    [InlineData("service user*", "('servic' <-> '=user':*)")]
    [InlineData("people's", "'peopl'")]
    [InlineData("\"people's\"", "('=people' <-> '=s')")]
    public void A_keyword_becomes_a_tsquery_of_stems_raw_words_and_prefixes(string keyword, string tsquery) =>
        Compile(keyword).TsQuery.ShouldBe(tsquery);

    [Fact]
    public void Near_asks_for_every_distance_up_to_n_in_both_orders() =>
        Compile("users NEAR/2 theory of change").TsQuery.ShouldBe(
            "('user' <1> ('theori' <2> 'chang') | ('theori' <2> 'chang') <1> 'user' | " +
            "'user' <2> ('theori' <2> 'chang') | ('theori' <2> 'chang') <2> 'user')");

    [Fact]
    public void A_near_side_ending_in_a_hyphenated_word_ends_with_its_last_part() =>
        Compile("co-produc* NEAR/1 users").TsQuery.ShouldBe(
            "(('=co-produc':* <2> '=produc':*) <1> 'user' | 'user' <1> ('=co-produc':* <2> '=produc':*))");

    [Fact]
    public void A_quote_in_a_word_is_doubled_in_the_tsquery() =>
        new Slot("=o'neill", false).TsQuery.ShouldBe("'=o''neill'");

    [Fact]
    public void A_keyword_of_stop_words_only_cannot_be_searched_by_word_forms_and_says_to_quote_it()
    {
        var (query, problem) = KeywordQuery.Compile(KeywordParser.Parse("of the").Expression!, Lexicon);

        query.ShouldBeNull();
        problem.ShouldBe("\"of the\" is only stop words, which a search by word forms skips; put it in quotes (\"of the\") to " +
                         "find these very words.");
    }

    private static IReadOnlyList<(int, int)> Find(string keyword, Dictionary<string, int[]> positions) =>
        Matches.Find(Compile(keyword), positions.ToDictionary(p => p.Key, p => (IReadOnlyList<int>)p.Value))
            .Select(m => (m.First, m.Last)).ToList();

    [Fact]
    public void A_phrase_matches_where_its_words_follow_each_other_a_stop_word_taking_any_word_s_place() =>
        Find("theory of change", new() { ["theori"] = [1, 5, 9], ["chang"] = [3, 6, 11] }).ShouldBe([(1, 3), (9, 11)]);

    [Fact]
    public void A_prefix_slot_takes_any_lexeme_starting_with_it() =>
        Find("service user*", new() { ["servic"] = [1, 4, 8], ["=users"] = [2], ["=user-led"] = [5], ["=usual"] = [9] })
            .ShouldBe([(1, 2), (4, 5)]);

    [Fact]
    public void Near_pairs_each_occurrence_with_the_nearest_on_either_side_within_the_distance()
    {
        var positions = new Dictionary<string, int[]> { ["user"] = [1, 20, 40], ["theori"] = [4, 17], ["chang"] = [6, 19] };

        Find("users NEAR/3 theory of change", positions).ShouldBe([(1, 6), (17, 20)]);
        Find("users NEAR/2 theory of change", positions).ShouldBe([(17, 20)]);
    }

    [Fact]
    public void Overlapping_sides_are_not_near_each_other() =>
        Find("users NEAR/5 users", new() { ["user"] = [3] }).ShouldBeEmpty();
}
