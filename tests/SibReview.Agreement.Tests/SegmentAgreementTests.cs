using Shouldly;

namespace SibReview.Agreement.Tests;

public class SegmentAgreementTests
{
    private static SegmentSpan S(int start, int end) => new(start, end);

    // A 20-character document, offsets 0..19.
    // Coder A: [2,5) and [5,8) touch, [4,10) overlaps both, [15,15) is empty: together characters 2..9, 8 coded.
    // Coder B: [6,14): characters 6..13, 8 coded.
    // Both coded 6..9 (4); A only 2..5 (4); B only 10..13 (4); neither 0..1 and 14..19 (2 + 6 = 8).
    // Agreement = (4 + 8)/20 = 0.6. Chance = (8·8 + 12·12)/20² = 208/400 = 0.52.
    // Kappa = (0.6 − 0.52)/(1 − 0.52) = 0.08/0.48 = 1/6.
    [Fact]
    public void Hand_computed_document_of_twenty_characters()
    {
        var result = SegmentAgreement.Compute(20, [S(2, 5), S(5, 8), S(4, 10), S(15, 15)], [S(6, 14)]);

        result.CodedByCoderA.ShouldBe(8);
        result.CodedByCoderB.ShouldBe(8);
        result.CodedByBoth.ShouldBe(4);
        result.CodedByCoderAOnly.ShouldBe(4);
        result.CodedByCoderBOnly.ShouldBe(4);
        result.CodedByNeither.ShouldBe(8);
        result.Agreement.ShouldBe(0.6, 1e-15);
        result.ExpectedAgreement.ShouldBe(0.52, 1e-15);
        result.Kappa.ShouldBe(1.0 / 6, 1e-15);
        result.Notes.ShouldBeEmpty();
    }

    // NVivo help, "Run a Coding Comparison query": a 1000-character document where 50 characters are coded by
    // both users, 150 by only one and 800 by neither has percentage agreement (800 + 50)/1000 = 85%. Split the
    // 150 as A only 100, B only 50: chance = (150·100 + 850·900)/1000² = 0.78, kappa = 0.07/0.22. Cohen's kappa
    // of the library, run on the same thousand characters as units, must agree.
    [Fact]
    public void NVivo_help_example_and_the_same_characters_as_units_for_Cohen_kappa()
    {
        var result = SegmentAgreement.Compute(1000, [S(0, 150)], [S(100, 200)]);

        result.Agreement.ShouldBe(0.85, 1e-15);
        result.Kappa.ShouldBe(0.07 / 0.22, 1e-12);
        var units = TestData.FromTable(new long[,] { { 50, 100 }, { 50, 800 } }, ["coded", "not coded"]);
        result.Kappa.ShouldBe(CohenKappa.Compute(units).GetResultOrThrow().Value, 1e-12);
    }

    [Theory]
    [InlineData(0, false, "no text")]
    [InlineData(500, false, "coded nothing")]
    [InlineData(500, true, "coded every character")]
    public void Coders_who_agree_on_every_character_have_kappa_one_as_in_NVivo(int length, bool codeAll, string note)
    {
        SegmentSpan[] spans = codeAll ? [S(0, length)] : [];
        var result = SegmentAgreement.Compute(length, spans, spans);
        result.Agreement.ShouldBe(1);
        result.Kappa.ShouldBe(1);
        result.Notes.ShouldHaveSingleItem().ShouldContain(note);
    }

    [Fact]
    public void One_coder_coding_everything_and_the_other_nothing_is_kappa_zero()
    {
        var result = SegmentAgreement.Compute(300, [S(0, 300)], []);
        result.Agreement.ShouldBe(0);
        result.Kappa.ShouldBe(0);
    }

    [Fact]
    public void Cost_depends_on_the_segments_not_on_the_document_length()
    {
        // A per-character array for int.MaxValue characters would not fit; the sweep never builds one.
        var result = SegmentAgreement.Compute(int.MaxValue, [S(0, 1_000_000_000)], [S(500_000_000, int.MaxValue)]);
        result.CodedByBoth.ShouldBe(500_000_000);
        result.CodedByNeither.ShouldBe(0);
        result.Kappa.ShouldBeInRange(-1, 1);
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(5, 4)]
    [InlineData(8, 11)]
    public void A_segment_outside_the_document_is_refused(int start, int end) =>
        Should.Throw<ArgumentOutOfRangeException>(() => SegmentAgreement.Compute(10, [S(start, end)], []))
            .ParamName.ShouldBe("coderA");

    [Fact]
    public void Each_theme_of_the_codebook_gets_a_row_even_when_neither_coder_used_it()
    {
        var coderA = new[] { ("partnership", S(0, 40)), ("co-production", S(50, 60)) }.ToLookup(x => x.Item1, x => x.Item2);
        var coderB = new[] { ("partnership", S(10, 40)) }.ToLookup(x => x.Item1, x => x.Item2);

        var results = SegmentAgreement.ByTheme(100, ["partnership", "co-production", "needs assessment"], coderA, coderB);

        results.Keys.ShouldBe(["partnership", "co-production", "needs assessment"]);
        results["partnership"].CodedByBoth.ShouldBe(30);
        results["co-production"].CodedByCoderAOnly.ShouldBe(10);
        results["needs assessment"].Kappa.ShouldBe(1);
    }

    [Fact]
    public void Segments_at_a_theme_outside_the_comparison_are_refused()
    {
        var coderA = new[] { ("adaptation", S(0, 5)) }.ToLookup(x => x.Item1, x => x.Item2);
        var none = Array.Empty<(string, SegmentSpan)>().ToLookup(x => x.Item1, x => x.Item2);
        Should.Throw<ArgumentException>(() => SegmentAgreement.ByTheme(10, ["partnership"], coderA, none))
            .Message.ShouldContain("adaptation");
    }
}
