using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SibReview.Agreement.Tests;

public static class CohortTableGenerators
{
    // Mostly small tables (as in a review of a few dozen cases) with zero cells and empty margins common,
    // sometimes counts in the hundreds.
    public static Arbitrary<ThemeByCohortTable> Tables()
    {
        var count = Gen.Frequency((2, Gen.Constant(0)), (6, Gen.Choose(0, 12)), (1, Gen.Choose(0, 400)));
        return Arb.From(
            from a in count
            from b in count
            from c in count
            from d in count
            select new ThemeByCohortTable(a, b, c, d));
    }
}

/// <summary>Bounds, orderings and symmetries of Fisher's exact test (FsCheck 3).</summary>
[Properties(Arbitrary = [typeof(CohortTableGenerators)], MaxTest = 300)]
public class FisherExactPropertyTests
{
    private static bool IsProbability(double p) => p is >= 0 and <= 1;

    private static bool Close(double x, double y) =>
        x == y || Math.Abs(x - y) <= 1e-9 * Math.Max(Math.Abs(x), Math.Abs(y)) + 1e-15;

    [Property]
    public Property P_values_are_probabilities_and_nothing_is_NaN(ThemeByCohortTable table)
    {
        var r = FisherExactTest.Compute(table);
        var ci = r.ConfidenceInterval;
        bool ok = IsProbability(r.PValueTwoSided) && IsProbability(r.PValueLess) && IsProbability(r.PValueGreater)
            && ci.Lower >= 0 && ci.Lower <= ci.Upper && !double.IsNaN(ci.Upper)
            && r.SampleOddsRatio is not double.NaN && r.ConditionalOddsRatio is not double.NaN
            && (r.SampleOddsRatio is null) == (table.EmptyMargin is not null)
            && (r.ConditionalOddsRatio is null) == (table.EmptyMargin is not null);
        return ok.Label(r.ToString());
    }

    [Property]
    public Property Transposing_the_table_changes_nothing(ThemeByCohortTable table)
    {
        var (a, b, c, d) = table;
        var r = FisherExactTest.Compute(table);
        var t = FisherExactTest.Compute(new ThemeByCohortTable(a, c, b, d));
        return (r.PValueTwoSided == t.PValueTwoSided && r.PValueLess == t.PValueLess && r.PValueGreater == t.PValueGreater
            && r.SampleOddsRatio == t.SampleOddsRatio && r.ConditionalOddsRatio == t.ConditionalOddsRatio
            && r.ConfidenceInterval.Lower == t.ConfidenceInterval.Lower && r.ConfidenceInterval.Upper == t.ConfidenceInterval.Upper)
            .Label($"{r} vs {t}");
    }

    [Property]
    public Property Swapping_the_cohorts_swaps_the_one_sided_tests_and_inverts_the_odds_ratio(ThemeByCohortTable table)
    {
        var (a, b, c, d) = table;
        var r = FisherExactTest.Compute(table);
        var s = FisherExactTest.Compute(new ThemeByCohortTable(c, d, a, b));
        bool inverse = r.SampleOddsRatio is not double ratio || s.SampleOddsRatio is double swapped && Close(ratio, 1 / swapped);
        return (Close(r.PValueTwoSided, s.PValueTwoSided) && Close(r.PValueLess, s.PValueGreater)
            && Close(r.PValueGreater, s.PValueLess) && inverse).Label($"{r} vs {s}");
    }

    [Property]
    public Property One_sided_tails_overlap_in_the_observed_table_and_the_two_sided_p_covers_the_smaller(ThemeByCohortTable table)
    {
        var r = FisherExactTest.Compute(table);
        return (r.PValueLess + r.PValueGreater >= 1 - 1e-12
            && r.PValueTwoSided >= Math.Min(r.PValueLess, r.PValueGreater) - 1e-12).Label(r.ToString());
    }

    [Property]
    public Property The_conditional_estimate_lies_inside_its_interval(ThemeByCohortTable table)
    {
        var r = FisherExactTest.Compute(table);
        if (r.ConditionalOddsRatio is not double estimate) return true.ToProperty();
        // Root finding stops at uniroot's tolerance, so compare on the scale it searches.
        static double Scale(double psi) => psi <= 1 ? psi : 2 - 1 / psi;
        double slack = 2.5e-4;
        return (Scale(r.ConfidenceInterval.Lower) <= Scale(estimate) + slack
            && Scale(estimate) <= Scale(r.ConfidenceInterval.Upper) + slack).Label(r.ToString());
    }
}
