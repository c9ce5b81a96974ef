using Shouldly;
using SibReview.Cases.Indigo;
using Xunit;

namespace SibReview.Tests.Cases.Indigo;

public class ReadingTheShippedDownloadTests
{
    private static IReadOnlyList<IndigoRecord> Records => ShippedDownload.Records;

    [Fact]
    public void Reading_the_shipped_download_gives_all_319_impact_bonds_ordered_by_id()
    {
        var result = IndigoDownload.Read(ShippedIndigo.RawDirectory);

        result.Problem.ShouldBeNull();
        result.Records.Count.ShouldBe(319);
        result.Records.Select(record => record.Id).ShouldBe(result.Records.Select(record => record.Id).Order(StringComparer.Ordinal));
        result.Records.Select(record => record.Id).Distinct().Count().ShouldBe(319);
    }

    [Fact]
    public void Every_one_of_the_2072_source_rows_is_kept()
    {
        Records.Sum(record => record.Sources.Count).ShouldBe(2072);
        ShippedDownload.Get("INDIGO-POJ-0109").Sources.Count.ShouldBe(13);
    }

    [Fact]
    public void The_shipped_download_has_100_UK_impact_bonds_74_of_which_went_live_from_2015_to_2020()
    {
        var uk = Records.Where(ShippedDownload.IsUk).ToList();

        uk.Count.ShouldBe(100);
        uk.Count(record => record.LiveYear is >= 2015 and <= 2020).ShouldBe(74);
    }

    [Fact]
    public void A_bond_goes_live_when_its_service_starts_or_failing_that_when_its_outcomes_contract_is_signed()
    {
        var serviceStarted = ShippedDownload.Get("INDIGO-POJ-0109");
        var contractOnly = ShippedDownload.Get("INDIGO-POJ-0049");

        (serviceStarted.LiveDate, serviceStarted.LiveYear).ShouldBe(("2017-10", 2017));
        contractOnly.ServiceProvisionStart.ShouldBeNull();
        (contractOnly.LiveDate, contractOnly.LiveYear).ShouldBe(("2018", 2018));
        ShippedDownload.Get("INDIGO-POJ-0076").LiveYear.ShouldBeNull();
    }

    [Fact]
    public void A_bond_spanning_several_countries_lists_each_of_them()
    {
        Records.ShouldContain(record => record.Countries.SequenceEqual(new[] { "KE", "UG" }));
        Records.ShouldContain(record => record.Countries.SequenceEqual(new[] { "ML", "NG", "CD" }));
    }

    [Fact]
    public void The_Gloucestershire_homelessness_bond_is_read_in_full()
    {
        var bond = ShippedDownload.Get("INDIGO-POJ-0109");

        bond.Name.ShouldBe("Entrenched Homelessness Social Impact Bond- ACTion Glos (Gloucestershire)");
        bond.Countries.ShouldBe(["GB"]);
        bond.Stage.ShouldBe("Complete");
        bond.PolicySector.ShouldBe("Homelessness");
        bond.OutcomesContractSigned.ShouldBe("2017-11");
        bond.ServiceProvisionStart.ShouldBe("2017-10");
        bond.LiveDate.ShouldBe("2017-10");
        bond.LiveYear.ShouldBe(2017);
        bond.TargetedServiceUsers.ShouldBe("126");
        bond.ActualServiceUsersEngaged.ShouldBe("126");
        bond.Intervention.ShouldNotBeNull().ShouldContain("through a\n Housing First approach");
        bond.Currency.ShouldBe("GBP");
        bond.MaxOutcomePayment.ShouldBe(1262980m);
        bond.Commissioners.ShouldBe([
            "Gloucestershire County Council",
            "Gloucestershire Clinical Commissioning Group",
            "Six district councils",
            "Ministry of Housing, Communities and Local Government (MHCLG)",
        ]);
        bond.OutcomePayers[3].MaximumPotentialPayment.ShouldBe(1262980m);
        bond.ServiceProviders.ShouldBe(["P3 Charity (People Potential Possibilities)"]);
        bond.Investors.ShouldBeEmpty();
        bond.Intermediaries.ShouldBeEmpty();
        bond.OutcomeFunds.ShouldBe(["Rough Sleeping Programme (DCLG 2016) - United Kingdom"]);
        bond.OutcomeMetrics.Count.ShouldBe(20);
        bond.OutcomeMetrics[0].Id.ShouldBe("outcomemetric1");
        bond.OutcomeMetrics[0].Definition.ShouldBe("Entering accomodation");
        bond.OutcomeMetrics[0].Results.Single().Notes.ShouldBe("92 engaged in impact bond for outcome metric1");
        bond.ActualOutcomePayments.ShouldBeNull();
        bond.Documents.ShouldBeEmpty();
    }
}
