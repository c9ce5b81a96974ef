using System.Text.Json;
using Shouldly;
using SibReview.Cases.Indigo;
using Xunit;

namespace SibReview.Tests.Cases.Indigo;

/// <summary>How the reader copes with the irregularities GO Lab's real download has.</summary>
public class QuirksOfTheShippedDataTests
{
    [Fact]
    public void An_organisation_the_download_does_not_list_is_named_by_its_id()
    {
        ShippedDownload.Get("INDIGO-POJ-0183").ServiceProviders.ShouldContain("INDIGO-ORG-1552");
        ShippedDownload.Get("INDIGO-POJ-0285").Commissioners.ShouldContain("INDIGO-ORG-1464");
        ShippedDownload.Get("INDIGO-POJ-0260").Investors.ShouldContain("INDIGO-ORG-1404");
        ShippedDownload.Get("INDIGO-POJ-0336").Intermediaries.ShouldContain("INDIGO-ORG-1738");
    }

    [Fact]
    public void A_fund_the_download_does_not_list_is_named_by_its_id_and_a_stray_tab_after_a_fund_id_is_ignored()
    {
        ShippedDownload.Get("INDIGO-POJ-0043").OutcomeFunds.ShouldBe(["INDIGO-FUND-0011"]);
        ShippedDownload.Get("INDIGO-POJ-0252").OutcomeFunds.ShouldBe(["Portugal Inovação Social (Portugal Social Innovation)"]);
    }

    [Fact]
    public void An_organisation_name_written_over_two_lines_becomes_one_line()
    {
        ShippedDownload.Get("INDIGO-POJ-0138").ServiceProviders.ShouldContain("Rathbones ENTA");
    }

    [Fact]
    public void Planned_outcome_payments_come_from_the_latest_of_several_payment_plans()
    {
        // plan1..plan4 plan 6,385,984, 8,100,873, 4,643,480 and 5,563,246 in all.
        var bond = ShippedDownload.Get("INDIGO-POJ-0168");

        bond.LatestPaymentPlanId.ShouldBe("plan4");
        bond.PlannedOutcomePayments.ShouldBe(5563246m);
        bond.ActualOutcomePayments.ShouldBe(4183699m);
    }

    [Fact]
    public void Plan_ids_are_compared_whatever_their_case()
    {
        var bond = ShippedDownload.Get("INDIGO-POJ-0170");

        bond.LatestPaymentPlanId.ShouldBe("Plan3");
        bond.PlannedOutcomePayments.ShouldBe(809560m);
    }

    [Fact]
    public void Results_and_pricings_for_a_metric_id_used_twice_or_not_at_all_are_kept_apart_as_unmatched()
    {
        // INDIGO-POJ-0123 numbers its 23 metrics outcomemetric1..6 and then 1..17 again, while its
        // pricings and results count on to outcomemetric23.
        var bond = ShippedDownload.Get("INDIGO-POJ-0123");

        bond.OutcomeMetrics.Count.ShouldBe(23);
        bond.OutcomeMetrics.Take(6).ShouldAllBe(metric => metric.Pricings.Count == 0);
        bond.OutcomeMetrics[6 + 6].Id.ShouldBe("outcomemetric7");
        bond.OutcomeMetrics[6 + 6].Pricings.Single().PricePerUnit.ShouldBe(220m);
        var unplaced = Enumerable.Range(1, 6).Concat(Enumerable.Range(18, 6)).Select(n => $"outcomemetric{n}").ToList();
        bond.UnmatchedPricings.Select(pricing => pricing.OutcomeMetricId).ShouldBe(unplaced);
        bond.UnmatchedResults.Select(result => result.OutcomeMetricId).ShouldBe(unplaced);
    }

    [Fact]
    public void A_metric_may_have_several_pricings()
    {
        ShippedDownload.Get("INDIGO-POJ-0302").OutcomeMetrics.Single(metric => metric.Id == "outcomemetric3")
            .Pricings.Select(pricing => pricing.PricePerUnit).ShouldBe([1100m, 1000m, 1350m]);
    }

    [Fact]
    public void Results_that_name_no_metric_are_the_projects_own()
    {
        var bond = ShippedDownload.Get("INDIGO-POJ-0144");

        bond.ProjectResults.Count.ShouldBe(2);
        bond.ProjectResults.ShouldAllBe(result => result.ResultLevel == "Project level" && result.OutcomeMetricId == null);
        ShippedDownload.Records.Sum(record => record.ProjectResults.Count).ShouldBe(24);
    }

    [Fact]
    public void Every_result_row_ends_up_somewhere()
    {
        ShippedDownload.Records.Sum(record =>
                record.OutcomeMetrics.Sum(metric => metric.Results.Count) + record.ProjectResults.Count + record.UnmatchedResults.Count)
            .ShouldBe(518);
        ShippedDownload.Records.Sum(record => record.OutcomeMetrics.Sum(metric => metric.Pricings.Count) + record.UnmatchedPricings.Count)
            .ShouldBe(385);
    }

    [Fact]
    public void An_outcome_payer_amount_written_as_free_text_is_kept_as_given_without_a_number()
    {
        var payer = ShippedDownload.Get("INDIGO-POJ-0020").OutcomePayers.Single(payer => payer.MaximumPotentialPaymentAsGiven == "C$1.3M");

        payer.MaximumPotentialPayment.ShouldBeNull();
    }

    [Fact]
    public void A_record_survives_a_round_trip_through_System_Text_Json()
    {
        foreach (var id in new[] { "INDIGO-POJ-0109", "INDIGO-POJ-0123", "INDIGO-POJ-0020" })
        {
            var json = JsonSerializer.Serialize(ShippedDownload.Get(id));

            JsonSerializer.Serialize(JsonSerializer.Deserialize<IndigoRecord>(json)).ShouldBe(json);
        }
    }
}
