using Shouldly;
using SibReview.Coding.Codebook;
using SibReview.Coding.Search;
using Xunit;

namespace SibReview.Tests.Coding.Search;

/// <summary>From positions and code point spans, as PostgreSQL returns them, to hits with UTF-16 offsets and snippets.</summary>
public sealed class PassageHitsTests
{
    private static readonly KeywordQuery Trust = KeywordQuery.Compile(KeywordParser.Parse("\"trust\"").Expression!,
        new Dictionary<string, IReadOnlyList<WordToken>> { ["trust"] = [new("trust", "trust", false)] }).Query!;

    /// <summary>"😀 Trust" in a passage starting at 100 of a 300-unit text: the emoji is one code point and two UTF-16 units.</summary>
    private static MatchedPassage Passage(string lexeme, int start, int end) => new("c/d1/v1", 100, "😀 Trust grows", 300, [0, 50, 105],
        new Dictionary<string, IReadOnlyList<TokenSpan>> { [lexeme] = [new TokenSpan(7, start, end)] });

    [Fact]
    public void Code_point_spans_become_utf16_offsets_in_the_text_with_the_page_and_snippet()
    {
        var (hits, unplaced) = PassageHits.Of(Passage("=trust", 2, 7), [Trust], 10);

        unplaced.ShouldBe(0);
        var hit = hits.Single();
        (hit.Start, hit.End, hit.Page, hit.Keyword).ShouldBe((103, 108, (int?)2, "\"trust\""));
        hit.Snippet.ShouldBe(new Snippet("😀 ", "Trust", " grows", true, true));
    }

    [Fact]
    public void A_hit_whose_offsets_do_not_read_as_the_indexed_word_is_left_out_and_counted()
    {
        var (hits, unplaced) = PassageHits.Of(Passage("=trust", 3, 8), [Trust], 10);
        (hits.Count, unplaced).ShouldBe((0, 1));
        PassageHits.Of(Passage("=trust", 2, 99), [Trust], 10).Unplaced.ShouldBe(1);
    }

    [Theory]
    [InlineData(5, "one two three four ", "five", " six seven eight nine", false, false)]
    [InlineData(2, "three four ", "five", " six seven", true, true)]
    [InlineData(0, "", "five", "", true, true)]
    public void A_snippet_has_the_words_asked_for_either_side(int words, string before, string match, string after, bool moreBefore,
        bool moreAfter) =>
        Kwic.Of("one two three four five six seven eight nine", 0, 43, 19, 23, words)
            .ShouldBe(new Snippet(before, match, after, moreBefore, moreAfter));

    [Fact]
    public void A_match_inside_a_hyphenated_word_keeps_the_rest_of_that_word_in_its_context() =>
        Kwic.Of("we co-produced it", 0, 17, 6, 14, 1).ShouldBe(new Snippet("we co-", "produced", " it", false, false));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(49, 1)]
    [InlineData(50, 2)]
    [InlineData(400, 3)]
    public void An_offset_is_on_the_last_page_starting_at_or_before_it(int offset, int page) =>
        Kwic.PageOf([0, 50, 105], offset).ShouldBe(page);

    [Fact]
    public void A_text_without_pages_has_no_page_numbers() => Kwic.PageOf([], 10).ShouldBeNull();
}
