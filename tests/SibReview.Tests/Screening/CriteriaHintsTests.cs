using Shouldly;
using SibReview.Screening;
using SibReview.Studies;
using SibReview.Tests.Cases.Indigo;
using Xunit;

namespace SibReview.Tests.Screening;

public sealed class CriteriaHintsTests
{
    private static readonly InclusionCriteria UkLive2015To2020 = new("GB", 2015, 2020, 4);

    private static Dictionary<string, CriterionHint> Hints(string caseId, int documents) =>
        CriteriaHints.For(UkLive2015To2020, ShippedDownload.Get(caseId), documents).ToDictionary(h => h.Criterion);

    [Fact]
    public void A_UK_bond_live_in_2018_with_results_and_actual_payments_passes_every_check_given_four_documents()
    {
        var hints = Hints("INDIGO-POJ-0173", 4); // Integrated Family Support Service

        hints.Keys.ShouldBe(["country", "live-window", "distinct-documents", "outcome-data"]);
        hints.Values.ShouldAllBe(h => h.Passes == true);
        hints["live-window"].Detail.ShouldBe("Went live 2018-04; the study's window is 2015-2020.");
        hints["outcome-data"].Detail.ShouldContain("actual outcome payments of GBP 4,734,015");
    }

    [Fact]
    public void Each_failed_check_names_the_exclusion_reason_it_supports()
    {
        var peterborough = Hints("INDIGO-POJ-0153", 3);
        peterborough["live-window"].Passes.ShouldBe(false);
        peterborough["live-window"].ExclusionReason.ShouldBe(ScreeningReasons.OutsideWindow);
        peterborough["distinct-documents"].Passes.ShouldBe(false);
        peterborough["distinct-documents"].Detail.ShouldBe("3 distinct document(s) of an eligible type; the study needs at least 4.");

        var futureshapers = Hints("INDIGO-POJ-0163", 5);
        futureshapers["outcome-data"].Passes.ShouldBe(false);
        futureshapers["outcome-data"].Detail.ShouldBe("INDIGO reports no outcome results and no actual outcome payments.");
        futureshapers["outcome-data"].ExclusionReason.ShouldBe(ScreeningReasons.InsufficientOutcomeData);
    }

    [Fact]
    public void A_bond_outside_the_country_fails_and_one_without_a_country_or_date_cannot_be_checked()
    {
        var abroad = ShippedDownload.Records.First(r => !r.Countries.Contains("GB") && r.Countries.Count > 0);
        CriteriaHints.For(UkLive2015To2020, abroad, 0).Single(h => h.Criterion == "country").Passes.ShouldBe(false);

        var unknown = ShippedDownload.Get("INDIGO-POJ-0131") with
        {
            Countries = [], ServiceProvisionStart = null, OutcomesContractSigned = null,
        };
        var hints = CriteriaHints.For(UkLive2015To2020, unknown, 0);
        hints.Single(h => h.Criterion == "country").Passes.ShouldBeNull();
        hints.Single(h => h.Criterion == "live-window").Passes.ShouldBeNull();
        hints.Single(h => h.Criterion == "live-window").Detail.ShouldBe("INDIGO gives no date the bond went live.");
    }
}
