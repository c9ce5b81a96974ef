using Shouldly;
using SibReview.Cases.Indigo;
using SibReview.Outcomes;
using SibReview.Studies;
using SibReview.Tests.Cases.Indigo;
using Xunit;

namespace SibReview.Tests.Outcomes;

public sealed class AchievementTests
{
    private const string Kirklees = "INDIGO-POJ-0175";
    private const string PromotingIndependence = "INDIGO-POJ-0181";
    private const string Fusion = "INDIGO-POJ-0134";
    private const string Peterborough = "INDIGO-POJ-0153";

    [Fact]
    public void Kirklees_paid_more_than_its_maximum_so_it_is_successful_at_any_tolerance()
    {
        var kirklees = ShippedDownload.Get(Kirklees);
        kirklees.Name.ShouldBe("Kirklees Integrated Support Services");
        (kirklees.ActualOutcomePayments, kirklees.MaxOutcomePayment).ShouldBe((22_553_795m, 22_297_917m));

        var ratio = PaymentsRatio(kirklees);

        ratio.ShouldBe(1.0115m);
        foreach (var tolerance in new[] { 0m, 0.05m, 0.10m, 0.15m, 0.20m })
            Classification.Of(ratio, false, tolerance).ShouldBe(Classification.Successful);
    }

    [Fact]
    public void Promoting_Independence_is_struggling_at_ten_percent_and_successful_at_fifteen()
    {
        var ratio = PaymentsRatio(ShippedDownload.Get(PromotingIndependence));

        ratio.ShouldBe(Achievement.Round(2_376_250m / 2_744_750m));
        ratio.ShouldBe(0.8657m);
        Classification.Of(ratio, false, 0.10m).ShouldBe(Classification.Struggling);
        Classification.Of(ratio, false, 0.15m).ShouldBe(Classification.Successful);
    }

    [Fact]
    public void A_ratio_exactly_at_one_minus_the_tolerance_is_successful() =>
        Classification.Of(0.90m, false, 0.10m).ShouldBe(Classification.Successful);

    [Fact]
    public void A_bond_without_actual_payments_suggests_no_payments_ratio_and_is_insufficient_data()
    {
        var peterborough = ShippedDownload.Get(Peterborough);
        peterborough.ActualOutcomePayments.ShouldBeNull();

        PaymentsRatio(peterborough).ShouldBeNull();
        Classification.Of(PaymentsRatio(peterborough), false, 0.10m).ShouldBe(Classification.InsufficientData);
    }

    [Fact]
    public void A_coder_marking_insufficient_outcome_data_overrides_any_ratio() =>
        Classification.Of(1.2m, true, 0.10m).ShouldBe(Classification.InsufficientData);

    [Fact]
    public void Fusion_reads_its_first_metric_as_345_assessments_against_a_target_of_250_service_users()
    {
        var first = Achievement.Metrics(ShippedDownload.Get(Fusion)).Single(m => m.MetricId == "outcomemetric1");

        (first.TargetNumber, first.Achieved, first.ResultType).ShouldBe((250m, 345m, "Final"));
        first.Ratio.ShouldBe(1.38m);
    }

    [Fact]
    public void Metrics_whose_target_or_result_is_prose_are_not_read()
    {
        var metrics = Achievement.Metrics(ShippedDownload.Get(Peterborough));

        metrics.ShouldNotBeEmpty();
        metrics.ShouldAllBe(m => m.Ratio == null);
        Achievement.Combine(metrics, MetricRule.Mean).ShouldBeNull();
    }

    [Fact]
    public void The_rule_all_takes_the_weakest_metric_and_mean_their_average()
    {
        MetricAchievement[] metrics = [Metric(0.8m, 100m), Metric(1.2m, 300m), Metric(null, 50m)];

        Achievement.Combine(metrics, MetricRule.All).ShouldBe(0.8m);
        Achievement.Combine(metrics, MetricRule.Mean).ShouldBe(1.0m);
        Achievement.Combine(metrics, MetricRule.PaymentWeighted).ShouldBe(1.1m);
    }

    [Fact]
    public void Payment_weighting_falls_back_to_the_mean_when_a_metric_has_no_price() =>
        Achievement.Combine([Metric(0.8m, 100m), Metric(1.2m, null)], MetricRule.PaymentWeighted).ShouldBe(1.0m);

    private static decimal? PaymentsRatio(IndigoRecord record) => Achievement.Payments(OutcomeFigures.Of(record).Payments);

    private static MetricAchievement Metric(decimal? ratio, decimal? price) =>
        new("m", "m", null, null, null, null, null, null, null, null, null, ratio, price);
}
