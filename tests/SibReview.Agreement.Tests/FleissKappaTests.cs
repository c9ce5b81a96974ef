using Shouldly;

namespace SibReview.Agreement.Tests;

public class FleissKappaTests
{
    /// <summary>
    /// Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychological Bulletin 76(5),
    /// 378–382, Table 1: 30 patients, 6 psychiatrists each, 5 diagnoses (1 depression, 2 personality
    /// disorder, 3 schizophrenia, 4 neurosis, 5 other). Fleiss gives only the per-patient category counts;
    /// the rater-by-rater layout here is the R package irr's data set "diagnoses" (also in statsmodels'
    /// test_inter_rater.py), whose category totals are 26, 26, 30, 55, 43 as in Fleiss' p_j.
    /// </summary>
    internal static readonly int?[][] Diagnoses =
    [
        [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
        [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
        [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
        [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
        [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
        [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
    ];

    // Fleiss (1971), worked example on the Table 1 data: κ = .430 (to 4 decimals 0.4302).
    [Fact]
    public void Fleiss_1971_psychiatric_diagnoses()
    {
        var result = FleissKappa.Compute(TestData.FromUnitRows(Diagnoses)).ShouldBeComputed();
        result.Value.ShouldMatchPublished(0.430, 0.5e-3);
        result.Value.ShouldMatchPublished(0.4302);
        result.RatingsPerUnit.ShouldBe(6);
        result.Counts.UnitsUsed.ShouldBe(30);
        result.Counts.RatingsUsed.ShouldBe(180);
        result.CategoryProportions.Select(p => p * 180).ShouldBe([26, 26, 30, 55, 43], tolerance: 1e-9);
        result.ObservedAgreement.ShouldBe(5.0 / 9, 1e-12);              // derived: Σ_i P_i / 30
        result.ExpectedAgreement.ShouldBe(7126.0 / 32400, 1e-12);      // derived: Σ_j (n_j/180)²
    }

    // Cross-check of the Fleiss-Nee-Landis (1979) null SE (software, not literature): R irr::kappam.fleiss(diagnoses)
    // reports Kappa 0.4302445, z 17.65183 (recorded in statsmodels' test_inter_rater.py, test_fleiss_kappa_irr).
    [Fact]
    public void Null_standard_error_matches_irr()
    {
        var result = FleissKappa.Compute(TestData.FromUnitRows(Diagnoses)).ShouldBeComputed();
        result.Value.ShouldMatchPublished(0.4302445, 0.5e-7);
        result.Z.ShouldMatchPublished(17.65183);
        result.NullStandardError!.Value.ShouldBe(result.Value / result.Z!.Value, 1e-12);
        // Non-null SE (Gwet 2014 linearisation) is larger than the null SE here, and gives the interval.
        result.StandardError!.Value.ShouldBeGreaterThan(result.NullStandardError.Value);
        result.ConfidenceInterval!.Method.ShouldContain("df = 29");
    }

    [Fact]
    public void Unequal_ratings_per_unit_is_not_applicable()
    {
        var problem = FleissKappa.Compute(TestData.Krippendorff2011()).ShouldFailWith(AgreementProblemKind.NotApplicable);
        problem.Message.ShouldContain("same number of ratings");
        problem.Message.ShouldContain("unit '1' has 3");
    }

    [Fact]
    public void Units_nobody_rated_are_ignored()
    {
        var ratings = TestData.FromUnitRows(Diagnoses).Ratings.ToList();
        ratings.Add(new Rating("empty unit", "R1", null));
        var result = FleissKappa.Compute(ReliabilityData.FromLabels(ratings)).ShouldBeComputed();
        result.Value.ShouldMatchPublished(0.4302445, 0.5e-7);
        result.Counts.UnratedUnits.ShouldBe(1);
        result.Counts.Units.ShouldBe(31);
    }

    [Fact]
    public void Other_edge_cases()
    {
        FleissKappa.Compute(TestData.FromCoderRows("1 2 3")).ShouldFailWith(AgreementProblemKind.NoPairableUnits);
        FleissKappa.Compute(TestData.FromCoderRows("1 1", "1 1", "1 1")).ShouldFailWith(AgreementProblemKind.NoVariation);
    }
}
