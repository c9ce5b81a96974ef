using Shouldly;
using SibReview.Coding.Segments;
using Xunit;

namespace SibReview.Tests.Coding.Segments;

public sealed class SegmentAgreementTableTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static CoderWork Work(string coder, params (int Theme, int Start, int End)[] spans) => new(coder,
        spans.Select((s, i) => new CodedSegment($"{coder}{i}", 1, s.Theme, s.Start, s.End, "", 1, null, null, coder, At, At)).ToList(), null, At);

    /// <summary>
    /// 20 characters. Theme 1: amir 0-10, bea 2-10 (and 4-8 again, counted once): A = 10, B = 8, both 8, neither 10;
    /// p_o = 18/20 = 0.9, p_e = (10·8 + 10·12)/400 = 0.5, kappa = 0.4/0.5 = 0.8. Theme 2: amir 12-16, bea nothing:
    /// p_o = 16/20 = 0.8, p_e = (0 + 16·20)/400 = 0.8, kappa = 0. Theme 3: nobody, total agreement.
    /// </summary>
    [Fact]
    public void Each_pair_of_coders_gets_percent_agreement_and_kappa_per_theme_over_every_character_as_computed_by_hand()
    {
        var pairs = SegmentAgreementTable.Of(20, [1, 2, 3],
            [Work("amir", (1, 0, 10), (2, 12, 16)), Work("bea", (1, 2, 10), (1, 4, 8)), Work("chen")]);

        pairs.Select(p => (p.CoderA, p.CoderB)).ShouldBe([("amir", "bea"), ("amir", "chen"), ("bea", "chen")]);
        var (one, two, three) = (pairs[0].Themes[0], pairs[0].Themes[1], pairs[0].Themes[2]);
        (one.Theme, one.CodedByA, one.CodedByB, one.CodedByBoth).ShouldBe((1, 10, 8, 8));
        new[] { one.Agreement, one.ExpectedAgreement, one.Kappa }.ShouldBe([0.9, 0.5, 0.8], 1e-12);
        new[] { two.Agreement, two.ExpectedAgreement, two.Kappa }.ShouldBe([0.8, 0.8, 0.0], 1e-12);
        (three.Agreement, three.Kappa).ShouldBe((1.0, 1.0));
        three.Notes.ShouldHaveSingleItem().ShouldContain("coded nothing");
        new[] { pairs[1].Themes[0].Agreement, pairs[1].Themes[0].Kappa }.ShouldBe([0.5, 0.0], 1e-12);
    }

    [Fact]
    public void One_coder_alone_has_no_pair_to_agree_with()
    {
        SegmentAgreementTable.Of(20, [1], [Work("amir", (1, 0, 10))]).ShouldBeEmpty();
    }
}
