using Shouldly;

namespace SibReview.Agreement.Tests;

public class FisherExactTestTests
{
    private static FisherExactResult Test(int a, int b, int c, int d, double level = 0.95) =>
        FisherExactTest.Compute(new ThemeByCohortTable(a, b, c, d), level);

    // Fisher's (1935) lady tasting tea, as in R's ?fisher.test example TeaTasting (citing Agresti 1990, p. 61f;
    // 2002, p. 91): guesses by truth [[3, 1], [1, 3]]. R's output, printed in Penn State STAT 504 lesson 4
    // (TeaLady.out): fisher.test(tea): p-value = 0.4857, 95 percent confidence interval 0.2117329 621.9337505,
    // odds ratio 6.408309; alternative = "greater": p-value = 0.2429 (Agresti: 0.243), interval 0.3135693 Inf.
    // A 90% two-sided interval's lower bound is the 95% one-sided lower bound. Each value to all digits R prints.
    [Fact]
    public void Fisher_tea_tasting_matches_R()
    {
        var tea = Test(3, 1, 1, 3);
        tea.PValueTwoSided.ShouldMatchPublished(0.4857);
        tea.PValueGreater.ShouldMatchPublished(0.2429);
        tea.ConditionalOddsRatio.ShouldMatchPublished(6.408309, 0.5e-6);
        tea.ConfidenceInterval.Lower.ShouldMatchPublished(0.2117329, 0.5e-7);
        tea.ConfidenceInterval.Upper.ShouldMatchPublished(621.9337505, 0.5e-7);
        tea.SampleOddsRatio.ShouldBe(9);
        Test(3, 1, 1, 3, level: 0.90).ConfidenceInterval.Lower.ShouldMatchPublished(0.3135693, 0.5e-7);
    }

    // R's ?fisher.test example Convictions (Fisher 1962, 1970: criminal convictions of like-sex twins),
    // matrix(c(2, 10, 15, 3), nrow = 2): dizygotic 2 convicted, 15 not; monozygotic 10 convicted, 3 not.
    // R's output (reproduced e.g. in the SciDB fisher_test plugin's README): alternative = "less": p-value =
    // 0.0004652, interval 0 to 0.2849601, odds ratio 0.04693661; two-sided: p-value = 0.0005367, interval
    // 0.003325764 to 0.363182271. The sample odds ratio (2·3)/(15·10) = 0.04 differs from the conditional MLE.
    [Fact]
    public void Fisher_twin_convictions_match_R()
    {
        var convictions = Test(2, 15, 10, 3);
        convictions.PValueLess.ShouldMatchPublished(0.0004652, 0.5e-7);
        convictions.PValueTwoSided.ShouldMatchPublished(0.0005367, 0.5e-7);
        convictions.ConditionalOddsRatio.ShouldMatchPublished(0.04693661, 0.5e-8);
        convictions.ConfidenceInterval.Lower.ShouldMatchPublished(0.003325764, 0.5e-9);
        convictions.ConfidenceInterval.Upper.ShouldMatchPublished(0.363182271, 0.5e-9);
        convictions.SampleOddsRatio!.Value.ShouldBe(0.04, 1e-15);
        Test(2, 15, 10, 3, level: 0.90).ConfidenceInterval.Upper.ShouldMatchPublished(0.2849601, 0.5e-7);
    }

    // matstat.org R course, "Fisher's exact test": handedness of 52 men (43 right, 9 left) and 48 women (44, 4).
    // fisher.test(x): p-value = 0.2392, interval 0.09150811 1.71527769, odds ratio 0.4378606.
    [Fact]
    public void Handedness_by_sex_matches_R()
    {
        var handedness = Test(43, 9, 44, 4);
        handedness.PValueTwoSided.ShouldMatchPublished(0.2392);
        handedness.ConditionalOddsRatio.ShouldMatchPublished(0.4378606, 0.5e-7);
        handedness.ConfidenceInterval.Lower.ShouldMatchPublished(0.09150811, 0.5e-8);
        handedness.ConfidenceInterval.Upper.ShouldMatchPublished(1.71527769, 0.5e-8);
    }

    // Not published: tables with counts in the thousands against 60-digit arithmetic (Python mpmath, exact
    // hypergeometric sums and bisection to the exact roots). p-values agree to 1e-8 relative; the estimate
    // and bounds agree within R's uniroot tolerance on the scale it searches (ψ below 1, 1/ψ above 1).
    [Theory]
    [InlineData(1200, 800, 1000, 1000, 2.45157206388e-10, 0.999999999919, 1.22578603194e-10, 1.4998469466, 1.32076957832, 1.70357012346)]
    [InlineData(3000, 10, 2990, 25, 0.0163659404726, 0.997032617991, 0.00829233054503, 2.50800261634, 1.16088370716, 5.86203680227)]
    public void Counts_in_the_thousands_match_exact_arithmetic(int a, int b, int c, int d,
        double twoSided, double less, double greater, double estimate, double lower, double upper)
    {
        var result = Test(a, b, c, d);
        result.PValueTwoSided.ShouldBe(twoSided, twoSided * 1e-8);
        result.PValueLess.ShouldBe(less, less * 1e-8);
        result.PValueGreater.ShouldBe(greater, greater * 1e-8);
        (1 / result.ConditionalOddsRatio!.Value).ShouldBe(1 / estimate, 1.23e-4);
        (1 / result.ConfidenceInterval.Lower).ShouldBe(1 / lower, 1.23e-4);
        (1 / result.ConfidenceInterval.Upper).ShouldBe(1 / upper, 1.23e-4);
    }

    [Fact]
    public void A_theme_no_struggling_case_shows_gives_an_infinite_odds_ratio_and_an_open_interval()
    {
        // By hand: only the observed table is this improbable, P = C(14, 10)·C(4, 0)/C(18, 10) = 1001/43758.
        var result = Test(10, 0, 4, 4);
        result.PValueTwoSided.ShouldBe(1001.0 / 43758, 1e-15);
        result.SampleOddsRatio.ShouldBe(double.PositiveInfinity);
        result.ConditionalOddsRatio.ShouldBe(double.PositiveInfinity);
        result.ConfidenceInterval.Upper.ShouldBe(double.PositiveInfinity);
        result.ConfidenceInterval.Lower.ShouldBeGreaterThan(1);
        result.Notes.ShouldHaveSingleItem().ShouldContain("+∞");
    }

    [Fact]
    public void A_theme_no_successful_case_shows_gives_odds_ratio_zero()
    {
        var result = Test(0, 10, 4, 4);
        result.SampleOddsRatio.ShouldBe(0);
        result.ConditionalOddsRatio.ShouldBe(0);
        result.ConfidenceInterval.Lower.ShouldBe(0);
        result.ConfidenceInterval.Upper.ShouldBeLessThan(1);
        result.PValueLess.ShouldBe(result.PValueTwoSided);
    }

    [Theory]
    [InlineData(0, 0, 3, 5, "there is no successful case")]
    [InlineData(4, 6, 0, 0, "there is no struggling case")]
    [InlineData(0, 6, 0, 8, "no case shows the theme")]
    [InlineData(4, 0, 3, 0, "every case shows the theme")]
    [InlineData(0, 0, 0, 0, "there is no successful case")]
    public void An_empty_margin_says_nothing_about_association(int a, int b, int c, int d, string reason)
    {
        var result = Test(a, b, c, d);
        result.PValueTwoSided.ShouldBe(1);
        result.PValueLess.ShouldBe(1);
        result.PValueGreater.ShouldBe(1);
        result.SampleOddsRatio.ShouldBeNull();
        result.ConditionalOddsRatio.ShouldBeNull();
        result.ConfidenceInterval.Lower.ShouldBe(0);
        result.ConfidenceInterval.Upper.ShouldBe(double.PositiveInfinity);
        result.Notes.ShouldHaveSingleItem().ShouldStartWith(reason);
    }

    [Fact]
    public void Negative_counts_and_impossible_levels_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Test(-1, 2, 3, 4));
        Should.Throw<ArgumentOutOfRangeException>(() => Test(1, 2, 3, 4, level: 1));
        Should.Throw<ArgumentOutOfRangeException>(() => Test(1, 2, 3, 4, level: double.NaN));
    }
}
