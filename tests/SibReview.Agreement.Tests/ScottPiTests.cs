using Shouldly;

namespace SibReview.Agreement.Tests;

public class ScottPiTests
{
    // Gwet, K. L. irrCAC vignette "Calculating Chance-corrected Agreement Coefficients (CAC)" (2019/2021),
    // section "Computing agreement Coefficients from Contingency tables": scott2.table(cont3x3abstractors)
    // → Scott's Pi 0.7962397, coeff.se 0.05905473, interval (0.679, 0.913).
    [Fact]
    public void Gwet_irrCAC_vignette_abstractors_table()
    {
        var result = ScottPi.Compute(TestData.GwetAbstractors()).ShouldBeComputed();
        result.Value.ShouldMatchPublished(0.7962397);
        result.StandardError.ShouldMatchPublished(0.05905473);
        result.ConfidenceInterval!.Lower.ShouldMatchPublished(0.679, 0.5e-3);
        result.ConfidenceInterval.Upper.ShouldMatchPublished(0.913, 0.5e-3);
    }

    [Fact]
    public void Scott_pi_equals_nominal_alpha_up_to_the_small_sample_factor()
    {
        // Two coders, no missing values: α = 1 − ((n − 1)/n)(1 − π), i.e. α = π + (1 − π)/n with n = 2N
        // pairable values (Krippendorff 2011 notes α corrects π for small samples).
        var data = TestData.GwetAbstractors();
        double pi = ScottPi.Compute(data).ShouldBeComputed().Value;
        double alpha = KrippendorffAlpha.Compute(data).ShouldBeComputed().Value;
        alpha.ShouldBe(pi + (1 - pi) / 200, 1e-12);
        alpha.ShouldMatchPublished(0.7972585); // irrCAC vignette: krippen2.table(cont3x3abstractors)
    }

    [Fact]
    public void Edge_cases()
    {
        ScottPi.Compute(TestData.Krippendorff2011()).ShouldFailWith(AgreementProblemKind.NotApplicable);
        ScottPi.Compute(TestData.FromCoderRows("a a", "a a")).ShouldFailWith(AgreementProblemKind.NoVariation);
        ScottPi.Compute(TestData.FromCoderRows("a .", ". b")).ShouldFailWith(AgreementProblemKind.NoPairableUnits);
    }
}
