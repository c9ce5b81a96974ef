using Shouldly;

namespace SibReview.Agreement.Tests;

public class CohenKappaTests
{
    // Gwet, K. L. irrCAC R package vignette "Calculating Chance-corrected Agreement Coefficients (CAC)"
    // (2019, rebuilt 2021-08-15), section "Computing agreement Coefficients from Contingency tables", output of
    // kappa2.table(cont3x3abstractors): Cohen's Kappa 0.7964094, coeff.se 0.05891072, interval (0.68, 0.913)
    // [t(99) quantile]. Gwet's 2-rater variance is algebraically the Fleiss-Cohen-Everitt (1969) variance.
    [Fact]
    public void Gwet_irrCAC_vignette_abstractors_table()
    {
        var result = CohenKappa.Compute(TestData.GwetAbstractors()).ShouldBeComputed();
        result.Value.ShouldMatchPublished(0.7964094);
        result.StandardError.ShouldMatchPublished(0.05891072);
        result.ObservedAgreement.ShouldBe(0.89, 1e-12);
        result.Counts.UnitsUsed.ShouldBe(100);
    }

    // Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological Measurement,
    // 20, 37-46, Table 1: two judges, three categories, cell proportions .44 .07 .09 / .05 .20 .05 / .01 .03 .06
    // (here as counts of 200 subjects); p_o = .70, p_c = .41, kappa = .29/.59, printed as .49(2).
    [Fact]
    public void Cohen_1960_table_1()
    {
        var data = TestData.FromTable(new long[,] { { 88, 14, 18 }, { 10, 40, 10 }, { 2, 6, 12 } }, ["1", "2", "3"]);

        var kappa = CohenKappa.Compute(data).ShouldBeComputed();

        kappa.ObservedAgreement.ShouldMatchPublished(0.70);
        kappa.ExpectedAgreement.ShouldMatchPublished(0.41);
        kappa.Value.ShouldMatchPublished(0.4915);
    }

    // SAS Institute, SAS/STAT User's Guide, "The FREQ Procedure", Getting Started: "Agreement Study"
    // (Table "Skin Condition Data", two dermatologists, 88 patients, 4 categories): Simple Kappa Coefficient
    // 0.3449, ASE 0.0724, 95% Lower Conf Limit 0.2030, 95% Upper Conf Limit 0.4868. SAS's ASE is the FCE (1969)
    // large-sample SE and its limits are kappa ± 1.96·ASE. Re-derived independently in Python.
    [Fact]
    public void SAS_FREQ_getting_started_skin_condition()
    {
        string[] labels = ["terrible", "poor", "marginal", "clear"];
        var data = TestData.FromTable(new long[,] { { 10, 4, 1, 0 }, { 5, 10, 12, 2 }, { 2, 4, 12, 5 }, { 0, 2, 6, 13 } }, labels);
        var result = CohenKappa.Compute(data).ShouldBeComputed();
        result.Value.ShouldMatchPublished(0.3449);
        result.StandardError.ShouldMatchPublished(0.0724);
        result.ConfidenceInterval!.Lower.ShouldMatchPublished(0.2030);
        result.ConfidenceInterval.Upper.ShouldMatchPublished(0.4868);
        result.Counts.UnitsUsed.ShouldBe(88);
    }

    // Cross-check of the null SE and z (not a literature value): SAS PROC FREQ printout reproduced in the
    // statsmodels test suite (statsmodels/stats/tests/test_inter_rater.py, "table10"): Kappa 0.4842,
    // ASE 0.1380, limits 0.2137–0.7547, ASE under H0 0.1484, Z 3.2626.
    [Fact]
    public void Null_standard_error_and_z_match_SAS_printout()
    {
        var data = TestData.FromTable(new long[,] { { 0, 4, 1 }, { 0, 8, 0 }, { 0, 1, 5 } }, ["a", "b", "c"]);
        var result = CohenKappa.Compute(data).ShouldBeComputed();
        result.Value.ShouldMatchPublished(0.4842);
        result.StandardError.ShouldMatchPublished(0.1380);
        result.ConfidenceInterval!.Lower.ShouldMatchPublished(0.2137);
        result.ConfidenceInterval.Upper.ShouldMatchPublished(0.7547);
        result.NullStandardError.ShouldMatchPublished(0.1484);
        result.Z.ShouldMatchPublished(3.2626);
    }

    [Fact]
    public void Other_than_two_coders_is_not_applicable()
    {
        CohenKappa.Compute(TestData.Krippendorff2011()).ShouldFailWith(AgreementProblemKind.NotApplicable)
            .Message.ShouldContain("exactly two coders, but the data have 4");
        var one = ReliabilityData.FromLabels([new Rating("u1", "A", "x"), new Rating("u2", "A", "y")]);
        CohenKappa.Compute(one).ShouldFailWith(AgreementProblemKind.NotApplicable);
    }

    [Fact]
    public void Units_rated_by_one_coder_are_left_out_and_counted()
    {
        var data = TestData.FromCoderRows("1 2 1 2 3 .", "1 2 2 2 . 1");
        var result = CohenKappa.Compute(data).ShouldBeComputed();
        result.Counts.UnitsUsed.ShouldBe(4);
        result.Counts.UnpairableUnits.ShouldBe(2);
        var complete = TestData.FromCoderRows("1 2 1 2", "1 2 2 2");
        result.Value.ShouldBe(CohenKappa.Compute(complete).ShouldBeComputed().Value, 1e-15);
    }

    [Fact]
    public void No_unit_rated_by_both_is_no_pairable_units()
    {
        CohenKappa.Compute(TestData.FromCoderRows("1 . 2", ". 2 .")).ShouldFailWith(AgreementProblemKind.NoPairableUnits);
    }

    [Fact]
    public void One_shared_category_is_no_variation()
    {
        CohenKappa.Compute(TestData.FromCoderRows("1 1 1", "1 1 1")).ShouldFailWith(AgreementProblemKind.NoVariation);
    }

    [Fact]
    public void Each_coder_using_one_different_category_is_zero_not_undefined()
    {
        var result = CohenKappa.Compute(TestData.FromCoderRows("1 1 1", "2 2 2")).ShouldBeComputed();
        result.Value.ShouldBe(0);
        result.ExpectedAgreement.ShouldBe(0);
    }
}
