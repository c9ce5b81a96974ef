using Shouldly;

namespace SibReview.Agreement.Tests;

public class PercentAgreementTests
{
    // Gwet, K. L. irrCAC vignette "Calculating Chance-corrected Agreement Coefficients (CAC)" (2019/2021),
    // raw-ratings section: pa.coeff.raw(cac.raw4raters) → Percent Agreement 0.8181818, coeff.se 0.12561,
    // conf.int (0.542, 1).
    [Fact]
    public void Gwet_irrCAC_vignette_raw4raters()
    {
        var result = PercentAgreement.Compute(TestData.GwetRaw4Raters()).ShouldBeComputed();
        result.Value.ShouldMatchPublished(0.8181818);
        result.StandardError.ShouldMatchPublished(0.12561);
        result.ConfidenceInterval!.Lower.ShouldMatchPublished(0.542, 0.5e-3);
        result.ConfidenceInterval.Upper.ShouldBe(1);
        // Krippendorff's (2011) observed agreement 1 − D_o = 1 − 8/40 for the same data.
        result.PairableValueAgreement.ShouldBe(0.8, 1e-12);
        result.UnitsInFullAgreement.ShouldBe(8.0 / 11, 1e-12); // units 2, 6 and 8 have a dissenting rating
    }

    // Same vignette, table section: pa2.table(cont3x3abstractors) → 0.89 (= 89 of 100 units rated identically).
    [Fact]
    public void Two_coders_is_the_plain_proportion_of_identical_units()
    {
        var result = PercentAgreement.Compute(TestData.GwetAbstractors()).ShouldBeComputed();
        result.Value.ShouldBe(0.89, 1e-12);
        result.PairableValueAgreement.ShouldBe(0.89, 1e-12);
        result.UnitsInFullAgreement.ShouldBe(0.89, 1e-12);
    }

    [Fact]
    public void Edge_cases()
    {
        PercentAgreement.Compute(TestData.FromUnitRows([[1, 1], [1, 1]])).ShouldBeComputed().Value.ShouldBe(1);
        PercentAgreement.Compute(TestData.FromUnitRows([[1, null], [null, 1]])).ShouldFailWith(AgreementProblemKind.NoPairableUnits);
        var single = PercentAgreement.Compute(TestData.FromUnitRows([[1, 2]])).ShouldBeComputed();
        single.StandardError.ShouldBeNull();
        single.ConfidenceInterval.ShouldBeNull();
        single.Notes.ShouldNotBeEmpty();
    }
}
