using Shouldly;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Coding.Segments.CodingApi;

namespace SibReview.Tests.Coding.Segments;

public sealed class SegmentAgreementApiTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    /// <summary>20 UTF-16 code units; the example worked by hand in <see cref="SegmentAgreementTableTests"/>.</summary>
    private const string Text = "Partners co-produced";

    [Fact]
    public async Task Segment_agreement_over_the_api_matches_the_hand_computed_example_for_every_pair_who_submitted()
    {
        var (amir, bea, chen, olive) = (await app.SignedInAs("amir"), await app.SignedInAs("bea"), await app.SignedInAs("chen"),
            await app.SignedInAs("olive"));
        await AddText(amir, "INDIGO-POJ-0040", Text);
        var a1 = await Code(amir, "INDIGO-POJ-0040", 1, 0, 10, Text[..10], 0).Saved();
        var a2 = await Code(amir, "INDIGO-POJ-0040", 2, 12, 16, Text[12..16], a1.Version).Saved();
        await Submit(amir, "INDIGO-POJ-0040", a2.Version).Saved();
        var b1 = await Code(bea, "INDIGO-POJ-0040", 1, 2, 10, Text[2..10], 0).Saved();
        var b2 = await Code(bea, "INDIGO-POJ-0040", 1, 4, 8, Text[4..8], b1.Version).Saved();
        await Submit(bea, "INDIGO-POJ-0040", b2.Version).Saved();
        await Submit(chen, "INDIGO-POJ-0040", 0).Saved();

        var agreement = await AgreementOn(olive, "INDIGO-POJ-0040");

        (agreement.TextVersion, agreement.TextLength).ShouldBe((1, 20));
        agreement.Coders.ShouldBe(["amir", "bea", "chen"]);
        agreement.Themes.ShouldBe([1, 2, 3, 4, 5, 6, 7, 8]);
        var amirBea = agreement.Pairs.Single(p => (p.CoderA, p.CoderB) == ("amir", "bea"));
        var (one, two) = (amirBea.Themes.Single(t => t.Theme == 1), amirBea.Themes.Single(t => t.Theme == 2));
        (one.CodedByA, one.CodedByB, one.CodedByBoth).ShouldBe((10, 8, 8));
        new[] { one.Agreement, one.ExpectedAgreement, one.Kappa }.ShouldBe([0.9, 0.5, 0.8], 1e-12);
        new[] { two.Agreement, two.ExpectedAgreement, two.Kappa }.ShouldBe([0.8, 0.8, 0.0], 1e-12);
        amirBea.Themes.Where(t => t.Theme > 2).ShouldAllBe(t => t.Agreement == 1 && t.Kappa == 1);
        agreement.Pairs.Select(p => $"{p.CoderA}-{p.CoderB}").ShouldBe(["amir-bea", "amir-chen", "bea-chen"]);
        (await AgreementOn(amir, "INDIGO-POJ-0040")).Pairs.Count.ShouldBe(3);
    }
}
