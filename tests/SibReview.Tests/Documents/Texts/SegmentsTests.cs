using Shouldly;
using SibReview.Documents.Texts;
using Xunit;

namespace SibReview.Tests.Documents.Texts;

/// <summary>Offsets count UTF-16 code units of the normalised text; a segment's quote must be what the text says there.</summary>
public sealed class SegmentsTests
{
    /// <summary>"👍" is one code point but two UTF-16 units (offsets 3 and 4); "é" is one of each after NFC.</summary>
    private static readonly string Text = TextNormaliser.Normalise("We \uD83D\uDC4D co-produce\r\nwith cafe\u0301 users.");

    [Fact]
    public void The_text_counts_utf16_code_units() =>
        (Text, Text.Length).ShouldBe(("We 👍 co-produce\nwith café users.", 33));

    [Fact]
    public void A_segment_whose_quote_matches_its_offsets_passes() =>
        Segments.Problem(Text, new Segment(3, 16, "👍 co-produce")).ShouldBeNull();

    [Fact]
    public void A_quote_sent_with_crlf_or_a_decomposed_accent_still_matches() =>
        Segments.Problem(Text, new Segment(6, 26, "co-produce\r\nwith cafe\u0301")).ShouldBeNull();

    [Theory]
    [InlineData(-1, 2, "outside the text, whose offsets run from 0 to 33 (UTF-16 code units)")]
    [InlineData(30, 34, "outside the text")]
    [InlineData(5, 5, "at least one character")]
    [InlineData(9, 4, "at least one character")]
    public void A_segment_off_the_text_or_empty_is_refused(int start, int end, string problem) =>
        Segments.Problem(Text, new Segment(start, end, "x"))!.ShouldContain(problem);

    [Theory]
    [InlineData(4, 10, 4)]
    [InlineData(0, 4, 4)]
    public void A_segment_may_not_split_a_surrogate_pair(int start, int end, int split) =>
        Segments.Problem(Text, new Segment(start, end, Text[start..end]))
            .ShouldBe($"Offset {split} falls inside the character \"👍\" (offsets count UTF-16 code units, and it takes two): use 3 or 5.");

    [Fact]
    public void A_quote_that_does_not_match_says_what_the_text_reads_there() =>
        Segments.Problem(Text, new Segment(6, 16, "co-creation"))
            .ShouldBe("The quote does not match the text at 6-16, which reads \"co-produce\"; reload the text and select the passage again.");

    [Fact]
    public void A_segment_without_a_quote_is_refused() =>
        Segments.Problem(Text, new Segment(6, 16, ""))!.ShouldContain("Give the segment's quote");

    [Fact]
    public void A_long_mismatch_is_shown_shortened_without_cutting_a_character_in_two()
    {
        var text = new string('a', 39) + "👍" + new string('b', 100);

        var problem = Segments.Problem(text, new Segment(0, text.Length, "other"))!;

        problem.ShouldContain($"\"{new string('a', 39)} … {new string('b', 40)}\"");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 3)]
    [InlineData(5, 4)]
    [InlineData(33, 32)]
    public void Offsets_convert_to_postgresql_s_code_points_and_back(int utf16, int codePoints)
    {
        TextOffsets.ToCodePoints(Text, utf16).ShouldBe(codePoints);
        TextOffsets.FromCodePoints(Text, codePoints).ShouldBe(utf16);
    }

    [Fact]
    public void An_offset_inside_a_surrogate_pair_has_no_code_point_offset()
    {
        TextOffsets.IsBoundary(Text, 4).ShouldBeFalse();
        Should.Throw<ArgumentOutOfRangeException>(() => TextOffsets.ToCodePoints(Text, 4));
        Should.Throw<ArgumentOutOfRangeException>(() => TextOffsets.FromCodePoints(Text, 33));
    }
}
