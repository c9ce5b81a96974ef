using Shouldly;
using SibReview.Coding.Search;
using Xunit;

namespace SibReview.Tests.Coding.Search;

public sealed class PassagesTests
{
    private static string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => $"w{i}"));

    [Fact]
    public void A_short_text_is_one_passage()
    {
        var text = Words(Passages.Words);

        Passages.Of(text).ShouldBe([new Passage(1, 0, text)]);
        Passages.Of("").ShouldBeEmpty();
    }

    [Fact]
    public void A_longer_text_is_cut_at_white_space_into_passages_that_repeat_the_last_words_of_the_one_before()
    {
        var text = Words(2500);
        const int step = Passages.Words - Passages.Overlap;

        var passages = Passages.Of(text);

        passages.Count.ShouldBe(12);
        foreach (var passage in passages) text.Substring(passage.Start, passage.Body.Length).ShouldBe(passage.Body);
        passages.Select(p => p.Body.Split(' ')[0]).ShouldBe(Enumerable.Range(0, 12).Select(k => $"w{k * step}"));
        passages[0].Body.Split(' ')[^1].ShouldBe($"w{Passages.Words - 1}");
        passages[^1].Body.Split(' ')[^1].ShouldBe("w2499");
    }

    /// <summary>The longest match (two 8-word phrases 50 words apart) with the widest context either side fits in one passage,
    /// wherever it is.</summary>
    [Fact]
    public void Every_stretch_as_long_as_a_match_with_its_context_lies_whole_in_some_passage()
    {
        var text = Words(5000);
        var passages = Passages.Of(text);
        const int span = 8 + 50 + 8 + 2 * Kwic.MaxWords;

        for (var first = 0; first + span <= 5000; first++)
        {
            var (start, end) = (text.IndexOf($" w{first} ", StringComparison.Ordinal) + 1,
                text.IndexOf($"w{first + span - 1}", StringComparison.Ordinal));
            if (first == 0) start = 0;
            passages.ShouldContain(p => p.Start <= start && end < p.Start + p.Body.Length, $"words {first} to {first + span - 1}");
        }
    }

    [Fact]
    public void A_passage_of_long_words_stops_at_the_length_that_keeps_its_positions_under_postgresql_s_limit()
    {
        var word = new string('x', 900) + "-" + new string('y', 99);
        var text = string.Join(' ', Enumerable.Repeat(word, 100));

        var passages = Passages.Of(text);

        passages.ShouldAllBe(p => p.Body.Length <= Passages.MaxLength);
        passages.Last().Start.ShouldBeLessThan(text.Length);
        (passages.Last().Start + passages.Last().Body.Length).ShouldBe(text.Length);
    }
}
