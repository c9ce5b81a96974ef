using Shouldly;

namespace SibReview.Agreement.Tests;

public class KrippendorffAlphaTests
{
    // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for Communication,
    // University of Pennsylvania (Departmental Papers 43). Worked example "nominal data, any number of
    // observers, missing values": 4 observers × 12 units; alpha recomputed there at the nominal (0.743),
    // ordinal (0.815), interval (0.849) and ratio (0.797) levels, from n = 40 pairable values. The six-decimal
    // values are the reference values of this project's brief, re-derived independently (Python, dense
    // coincidence matrix) before being fixed here.
    [Theory]
    [InlineData(MeasurementLevel.Nominal, 0.743421)]
    [InlineData(MeasurementLevel.Ordinal, 0.815388)]
    [InlineData(MeasurementLevel.Interval, 0.849107)]
    [InlineData(MeasurementLevel.Ratio, 0.797403)]
    public void Krippendorff_2011_reference_example(MeasurementLevel level, double published)
    {
        var result = KrippendorffAlpha.Compute(TestData.Krippendorff2011(), level).ShouldBeComputed();

        result.Value.ShouldMatchPublished(published, 0.5e-6);
        result.PairableValues.ShouldBe(40);
        result.Counts.Units.ShouldBe(12);
        result.Counts.PairableUnits.ShouldBe(11);
        result.Counts.UnpairableUnits.ShouldBe(1); // unit 12: rated by B only
        result.Counts.UnitsUsed.ShouldBe(11);
        result.Counts.RatingsUsed.ShouldBe(40);
        result.StandardError.ShouldBeNull();
        result.Level.ShouldBe(level);
    }

    [Fact]
    public void Krippendorff_2011_coincidence_matrix_and_disagreements()
    {
        // Coincidences of the 2011 example (values 1..5), derived by hand from the data:
        // o_11 = 7, o_22 = 10, o_33 = 8, o_44 = 4, o_55 = 3, o_12 = o_23 = 4/3, o_13 = o_14 = o_24 = o_34 = 1/3;
        // marginals n_c = 9, 13, 10, 5, 3.
        var cells = KrippendorffAlpha.Coincidences(TestData.Krippendorff2011());
        var o = cells.ToDictionary(x => (x.C, x.K), x => x.O);
        o[(0, 0)].ShouldBe(7, 1e-12);
        o[(1, 1)].ShouldBe(10, 1e-12);
        o[(2, 2)].ShouldBe(8, 1e-12);
        o[(3, 3)].ShouldBe(4, 1e-12);
        o[(4, 4)].ShouldBe(3, 1e-12);
        o[(0, 1)].ShouldBe(4.0 / 3, 1e-12);
        o[(1, 2)].ShouldBe(4.0 / 3, 1e-12);
        o[(0, 2)].ShouldBe(1.0 / 3, 1e-12);
        o[(0, 3)].ShouldBe(1.0 / 3, 1e-12);
        o[(1, 3)].ShouldBe(1.0 / 3, 1e-12);
        o[(2, 3)].ShouldBe(1.0 / 3, 1e-12);
        o.Count.ShouldBe(11);

        var nominal = KrippendorffAlpha.Compute(TestData.Krippendorff2011()).ShouldBeComputed();
        // D_o = (2·(4/3 + 1/3 + 1/3 + 4/3 + 1/3 + 1/3))/40 = 8/40; D_e = (40² − Σn_c²)/(40·39) = 1216/1560.
        nominal.ObservedDisagreement.ShouldBe(8.0 / 40, 1e-12);
        nominal.ExpectedDisagreement.ShouldBe(1216.0 / 1560, 1e-12);
        nominal.Pairs.ShouldBe(3 + 6 + 6 + 6 + 6 + 6 + 6 + 6 + 6 + 3 + 1);
    }

    [Fact]
    public void Coder_and_unit_identifiers_do_not_matter_only_the_matrix()
    {
        var relabelled = TestData.FromCoderRows(
            "a b c c b a d a b . . .",
            "a b c c b b d a b e . c",
            ". c c c b c d b b e a .",
            "a b c c b d d a b e a .");
        KrippendorffAlpha.Compute(relabelled).ShouldBeComputed().Value.ShouldMatchPublished(0.743421, 0.5e-6);
    }

    [Fact]
    public void A_single_category_is_no_variation_not_one()
    {
        var data = TestData.FromCoderRows("2 2 2 .", "2 2 . 2", "2 . 2 2");
        foreach (var level in Enum.GetValues<MeasurementLevel>())
        {
            var problem = KrippendorffAlpha.Compute(data, level).ShouldFailWith(AgreementProblemKind.NoVariation);
            problem.Message.ShouldContain("undefined");
        }
    }

    [Fact]
    public void Units_with_one_value_are_ignored_and_counted()
    {
        // Unit 3 has a single value '9' (unpairable); it must not enter n_c: alpha equals the data without it.
        var with = TestData.FromCoderRows("1 2 9 1", "1 1 . 2");
        var without = TestData.FromCoderRows("1 2 1", "1 1 2");
        var a = KrippendorffAlpha.Compute(with).ShouldBeComputed();
        var b = KrippendorffAlpha.Compute(without).ShouldBeComputed();
        a.Value.ShouldBe(b.Value, 1e-15);
        a.Counts.UnpairableUnits.ShouldBe(1);
        a.Counts.PairableUnits.ShouldBe(3);
        a.PairableValues.ShouldBe(6);
    }

    [Fact]
    public void No_pairable_units_is_a_clear_problem()
    {
        var data = TestData.FromCoderRows("1 . 3", ". 2 .");
        var outcome = KrippendorffAlpha.Compute(data);
        outcome.ShouldFailWith(AgreementProblemKind.NoPairableUnits);
        var ex = Should.Throw<AgreementException>(() => outcome.GetResultOrThrow());
        ex.Problem.Kind.ShouldBe(AgreementProblemKind.NoPairableUnits);
        ex.Message.ShouldContain("no unit was rated by two or more coders");
    }

    [Fact]
    public void Levels_that_need_numbers_or_order_are_not_applicable_to_text_labels()
    {
        var text = TestData.FromCoderRows("low high mid", "low mid mid");
        KrippendorffAlpha.Compute(text, MeasurementLevel.Ordinal).ShouldFailWith(AgreementProblemKind.NotApplicable)
            .Message.ShouldContain("order");
        KrippendorffAlpha.Compute(text, MeasurementLevel.Interval).ShouldFailWith(AgreementProblemKind.NotApplicable)
            .Message.ShouldContain("numeric");
        KrippendorffAlpha.Compute(text, MeasurementLevel.Nominal).IsComputed.ShouldBeTrue();

        var declared = ReliabilityData.FromLabels(text.Ratings, ["low", "mid", "high"]);
        KrippendorffAlpha.Compute(declared, MeasurementLevel.Ordinal).IsComputed.ShouldBeTrue();

        var negative = TestData.FromCoderRows("-1 2 3", "-1 2 4");
        KrippendorffAlpha.Compute(negative, MeasurementLevel.Ratio).ShouldFailWith(AgreementProblemKind.NotApplicable);
        KrippendorffAlpha.Compute(negative, MeasurementLevel.Interval).IsComputed.ShouldBeTrue();
    }

    [Fact]
    public void Ordinal_alpha_uses_the_declared_order()
    {
        // Same ranks as 1..5 of the 2011 example, spelled as words and declared in order.
        string[] words = ["one", "two", "three", "four", "five"];
        var data = ReliabilityData.FromLabels(
            TestData.Krippendorff2011().Ratings.Select(r => r with { Value = words[int.Parse(r.Value!) - 1] }), words);
        KrippendorffAlpha.Compute(data, MeasurementLevel.Ordinal).ShouldBeComputed().Value.ShouldMatchPublished(0.815388, 0.5e-6);
    }

    [Fact]
    public void Bootstrap_reproduces_exactly_with_a_seed_and_brackets_alpha()
    {
        var data = TestData.Krippendorff2011();
        var options = new AlphaBootstrapOptions { Samples = 2000, Seed = 20240607, Minimums = [0.8, 0.667] };
        var first = KrippendorffAlpha.Compute(data, MeasurementLevel.Nominal, options).ShouldBeComputed();
        var second = KrippendorffAlpha.Compute(data, MeasurementLevel.Nominal, options).ShouldBeComputed();

        first.Bootstrap.ShouldNotBeNull();
        // Same seed, same data → bit-identical bootstrap.
        first.Bootstrap.ConfidenceInterval.ShouldBe(second.Bootstrap!.ConfidenceInterval);
        first.Bootstrap.Mean.ShouldBe(second.Bootstrap.Mean);
        first.Bootstrap.StandardDeviation.ShouldBe(second.Bootstrap.StandardDeviation);
        first.Bootstrap.ProbabilitiesBelow.ShouldBe(second.Bootstrap.ProbabilitiesBelow);
        first.ConfidenceInterval.ShouldBe(first.Bootstrap.ConfidenceInterval);
        var ci = first.Bootstrap.ConfidenceInterval;
        ci.Lower.ShouldBeLessThan(first.Value);
        ci.Upper.ShouldBeGreaterThan(first.Value);
        ci.Upper.ShouldBeLessThanOrEqualTo(1);
        ci.Lower.ShouldBeGreaterThanOrEqualTo(-1);
        first.Bootstrap.Samples.ShouldBe(2000);
        // KALPHA: M = min(25 × non-zero cells of o, (m − 1)·n/2) = min(25 × 17, 3 × 40 / 2) = 60.
        first.Bootstrap.PairsPerSample.ShouldBe(60);
        first.Bootstrap.ProbabilitiesBelow.Select(p => p.Minimum).ShouldBe([0.8, 0.667]);
        var q80 = first.Bootstrap.ProbabilitiesBelow[0].Q;
        var q667 = first.Bootstrap.ProbabilitiesBelow[1].Q;
        q80.ShouldBeInRange(0, 1);
        q667.ShouldBeLessThanOrEqualTo(q80); // a lower minimum is failed less often
        first.Bootstrap.Mean.ShouldBe(first.Value, 0.05);

        var other = KrippendorffAlpha.Compute(data, MeasurementLevel.Nominal, options with { Seed = 7 }).ShouldBeComputed();
        other.Bootstrap!.ConfidenceInterval.ShouldNotBe(ci);
    }

    [Fact]
    public void Bootstrap_defaults_follow_KALPHA()
    {
        var result = KrippendorffAlpha.Compute(TestData.Krippendorff2011(), MeasurementLevel.Interval, new AlphaBootstrapOptions())
            .ShouldBeComputed();
        result.Bootstrap!.Samples.ShouldBe(1000);
        result.Bootstrap.Seed.ShouldBe(0);
        result.Bootstrap.ProbabilitiesBelow.Select(p => p.Minimum).ShouldBe([0.9, 0.8, 0.7, 0.667, 0.6, 0.5]);
        result.Bootstrap.ConfidenceInterval.Method.ShouldContain("KALPHA");
    }

    [Fact]
    public void Bootstrap_rejects_invalid_options()
    {
        var data = TestData.Krippendorff2011();
        Should.Throw<ArgumentOutOfRangeException>(() =>
            KrippendorffAlpha.Compute(data, MeasurementLevel.Nominal, new AlphaBootstrapOptions { Samples = 10 }));
        Should.Throw<ArgumentOutOfRangeException>(() =>
            KrippendorffAlpha.Compute(data, MeasurementLevel.Nominal, new AlphaBootstrapOptions { Minimums = [1.5] }));
    }

    [Fact]
    public void Perfect_agreement_gives_one_and_a_bootstrap_without_NaN()
    {
        var data = TestData.FromCoderRows("1 2 3 1 2 3", "1 2 3 1 2 3", "1 2 3 1 2 .");
        var result = KrippendorffAlpha.Compute(data, MeasurementLevel.Nominal, new AlphaBootstrapOptions { Samples = 500, Seed = 3 })
            .ShouldBeComputed();
        result.Value.ShouldBe(1);
        result.Bootstrap!.ConfidenceInterval.Upper.ShouldBe(1);
        double.IsNaN(result.Bootstrap.ConfidenceInterval.Lower).ShouldBeFalse();
    }

    [Fact]
    public void Bootstrap_resampling_reproduces_alpha_on_average_for_a_large_sample()
    {
        // With many pairs per sample the bootstrap mean must sit close to the point estimate.
        var rng = new Random(11);
        var ratings = new List<NumericRating>();
        for (int u = 0; u < 400; u++)
        {
            int truth = rng.Next(4);
            for (int c = 0; c < 5; c++)
                ratings.Add(new NumericRating($"u{u}", $"c{c}", rng.NextDouble() < 0.8 ? truth : rng.Next(4)));
        }
        var data = ReliabilityData.FromNumbers(ratings);
        var result = KrippendorffAlpha.Compute(data, MeasurementLevel.Nominal, new AlphaBootstrapOptions { Samples = 1000, Seed = 1 })
            .ShouldBeComputed();
        result.Bootstrap!.Mean.ShouldBe(result.Value, 0.02);
        result.Bootstrap.ConfidenceInterval.Lower.ShouldBeLessThan(result.Value);
        result.Bootstrap.ConfidenceInterval.Upper.ShouldBeGreaterThan(result.Value);
    }
}
