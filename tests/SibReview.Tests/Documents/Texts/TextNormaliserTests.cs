using Shouldly;
using SibReview.Documents.Texts;
using Xunit;

namespace SibReview.Tests.Documents.Texts;

/// <summary>The one form every document text is stored in, so that offsets and quotes mean one thing.</summary>
public sealed class TextNormaliserTests
{
    [Theory]
    [InlineData("one\r\ntwo\rthree\u0085four\u2028five\u2029six", "one\ntwo\nthree\nfour\nfive\nsix")]
    [InlineData("page one\fpage two\vend", "page one\npage two\nend")]
    public void Every_kind_of_line_break_becomes_a_line_feed(string raw, string expected) =>
        TextNormaliser.Normalise(raw).ShouldBe(expected);

    [Fact]
    public void A_letter_and_its_combining_accent_become_one_precomposed_character()
    {
        var text = TextNormaliser.Normalise("Cafe\u0301 co-production");

        text.ShouldBe("Caf\u00E9 co-production");
        text.Length.ShouldBe(18);
    }

    [Fact]
    public void A_combining_mark_with_no_precomposed_form_stays_after_its_letter() =>
        TextNormaliser.Normalise("q\u0307 and e\u0301\u0323").ShouldBe("q\u0307 and \u1EB9\u0301");

    [Fact]
    public void Compatibility_characters_are_kept_as_written_but_ligatures_are_spelled_out() =>
        TextNormaliser.Normalise("CO\u2082 \u00B2 \uFB01nd e\uFB00ect").ShouldBe("CO\u2082 \u00B2 find effect");

    [Fact]
    public void Byte_order_marks_and_control_characters_go_even_between_a_letter_and_its_accent() =>
        TextNormaliser.Normalise("\uFEFFe\u0000\u0301\u0007 \u009Bok\u007F").ShouldBe("\u00E9 ok");

    [Fact]
    public void Trailing_spaces_go_and_runs_of_empty_lines_become_one_but_indentation_and_tabs_stay() =>
        TextNormaliser.Normalise("\n\n  Title  \n\n\n\n\tindented\u00A0text \t\n \n\nlast\n\n").ShouldBe("  Title\n\n\tindented\u00A0text\n\nlast");

    [Fact]
    public void Emoji_and_other_characters_beyond_the_basic_plane_survive_whole() =>
        TextNormaliser.Normalise("we \uD83D\uDC4D users \uD83D\uDC69\u200D\uD83D\uDC67").ShouldBe("we 👍 users 👩‍👧");

    [Fact]
    public void An_unpaired_surrogate_becomes_the_replacement_character() =>
        TextNormaliser.Normalise("a\uD800b\uDC00c").ShouldBe("a\uFFFDb\uFFFDc");

    [Fact]
    public void Normalising_twice_changes_nothing()
    {
        var random = new Random(6);
        const string alphabet = "ab e\u0301\u0301\r\n\t\u00A0\uFB01\u0000\uFEFF\uD83D\uDE00\u2028\f  \n\n\n";
        for (var i = 0; i < 2000; i++)
        {
            var raw = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var once = TextNormaliser.Normalise(raw);
            TextNormaliser.Normalise(once).ShouldBe(once, $"raw: {string.Join(" ", raw.Select(c => ((int)c).ToString("X4")))}");
        }
    }

    [Fact]
    public void A_quote_is_normalised_like_the_text_but_keeps_its_leading_and_trailing_line_breaks() =>
        TextNormaliser.Quote("\r\ncafe\u0301 \r\n").ShouldBe("\ncaf\u00E9 \n");
}
