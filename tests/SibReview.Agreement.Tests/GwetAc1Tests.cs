using Shouldly;

namespace SibReview.Agreement.Tests;

public class GwetAc1Tests
{
    // Gwet, K. L. irrCAC vignette "Calculating Chance-corrected Agreement Coefficients (CAC)" (2019; rebuilt
    // 2021-08-15), section "Computing agreement coefficients from raw ratings": gwet.ac1.raw(cac.raw4raters)
    // → pa 0.8181818, pe 0.1903212, AC1 0.77544, coeff.se 0.14295, conf.int (0.461, 1). cac.raw4raters holds
    // the 4 raters × 12 units of Krippendorff's (2011) example (Gwet 2014, Handbook, 4th ed.).
    [Fact]
    public void Gwet_irrCAC_vignette_raw4raters()
    {
        var result = GwetAc1.Compute(TestData.GwetRaw4Raters()).ShouldBeComputed();
        result.Value.ShouldMatchPublished(0.77544);
        result.StandardError.ShouldMatchPublished(0.14295);
        result.ObservedAgreement.ShouldMatchPublished(0.8181818);
        result.ExpectedAgreement.ShouldMatchPublished(0.1903212);
        result.ConfidenceInterval!.Lower.ShouldMatchPublished(0.461, 0.5e-3);
        result.ConfidenceInterval.Upper.ShouldBe(1);
        result.CategoryCount.ShouldBe(5);
        result.Counts.UnitsUsed.ShouldBe(12);   // unit 12 (one rating) enters π_k
        result.Counts.PairableUnits.ShouldBe(11);
        result.Counts.UnpairableUnits.ShouldBe(1);
    }

    // Same vignette, contingency-table section: gwet.ac1.table(cont3x3abstractors) → AC1 0.8493305. (Its SE
    // 0.04321747 uses Gwet's table formula with divisor n; the raw-data formula used here divides by n − 1 and
    // gives 0.04344, so only the coefficient is compared.)
    [Fact]
    public void Gwet_irrCAC_vignette_abstractors_table()
    {
        var result = GwetAc1.Compute(TestData.GwetAbstractors()).ShouldBeComputed();
        result.Value.ShouldMatchPublished(0.8493305);
        result.StandardError!.Value.ShouldBe(0.04321747 * Math.Sqrt(100.0 / 99), 1e-6);
    }

    [Fact]
    public void One_category_used_in_a_larger_scheme_is_one_with_a_note()
    {
        var data = TestData.FromUnitRows([[1, 1, 1], [1, 1, null], [1, 1, 1]], categoryOrder: ["1", "2", "3"]);
        var result = GwetAc1.Compute(data).ShouldBeComputed();
        result.Value.ShouldBe(1);
        result.ExpectedAgreement.ShouldBe(0);
        result.StandardError.ShouldBe(0);
        result.Notes.ShouldContain(n => n.Contains("one category"));
    }

    [Fact]
    public void A_one_category_scheme_is_no_variation()
    {
        GwetAc1.Compute(TestData.FromUnitRows([[1, 1], [1, 1]])).ShouldFailWith(AgreementProblemKind.NoVariation)
            .Message.ShouldContain("declare");
    }

    [Fact]
    public void No_pairable_units()
    {
        GwetAc1.Compute(TestData.FromUnitRows([[1, null], [null, 2]])).ShouldFailWith(AgreementProblemKind.NoPairableUnits);
    }
}
