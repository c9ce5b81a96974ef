using Shouldly;

namespace SibReview.Agreement.Tests;

public class BrennanPredigerTests
{
    // Gwet, K. L. irrCAC vignette "Calculating Chance-corrected Agreement Coefficients (CAC)" (2019/2021),
    // raw-ratings section: bp.coeff.raw(cac.raw4raters) → pa 0.8181818, pe 0.2, coefficient 0.77273,
    // coeff.se 0.14472, conf.int (0.454, 1).
    [Fact]
    public void Gwet_irrCAC_vignette_raw4raters()
    {
        var result = BrennanPrediger.Compute(TestData.GwetRaw4Raters()).ShouldBeComputed();
        result.Value.ShouldMatchPublished(0.77273);
        result.StandardError.ShouldMatchPublished(0.14472);
        result.ExpectedAgreement.ShouldBe(0.2);
        result.ConfidenceInterval!.Lower.ShouldMatchPublished(0.454, 0.5e-3);
        result.ConfidenceInterval.Upper.ShouldBe(1);
    }

    // Same vignette, contingency-table section: bp2.table(cont3x3abstractors) → Brennan-Prediger 0.835.
    [Fact]
    public void Gwet_irrCAC_vignette_abstractors_table()
    {
        var result = BrennanPrediger.Compute(TestData.GwetAbstractors()).ShouldBeComputed();
        result.Value.ShouldMatchPublished(0.835);
        result.CategoryCount.ShouldBe(3);
    }

    [Fact]
    public void Unused_declared_categories_change_q()
    {
        var data = TestData.FromUnitRows([[1, 1], [2, 2], [1, 2], [2, 2]], categoryOrder: ["1", "2", "3", "4"]);
        var result = BrennanPrediger.Compute(data).ShouldBeComputed();
        result.CategoryCount.ShouldBe(4);
        result.Value.ShouldBe((0.75 - 0.25) / 0.75, 1e-12);
    }

    [Fact]
    public void Edge_cases()
    {
        BrennanPrediger.Compute(TestData.FromUnitRows([[1, 1], [1, 1]])).ShouldFailWith(AgreementProblemKind.NoVariation);
        BrennanPrediger.Compute(TestData.FromUnitRows([[1, 1], [1, 1]], ["1", "2"])).ShouldBeComputed().Value.ShouldBe(1);
        BrennanPrediger.Compute(TestData.FromUnitRows([[1, null]])).ShouldFailWith(AgreementProblemKind.NoPairableUnits);
    }
}
