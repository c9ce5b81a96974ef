using Shouldly;

namespace SibReview.Agreement.Tests;

public class AgreementReportTests
{
    [Fact]
    public void All_metrics_on_Krippendorffs_example_report_those_that_apply_and_say_why_the_others_do_not()
    {
        var report = AgreementReport.Compute(TestData.Krippendorff2011());

        (report.Units, report.Coders, report.Pairable).ShouldBe((12, 4, 40L));
        report.Results.Select(r => r.Metric).ShouldBe(["percent", "krippendorff", "gwet-ac1", "brennan-prediger"]);
        report.Results.Single(r => r.Metric == "krippendorff").Value.ShouldMatchPublished(0.743421, 0.5e-6);
        report.Results.Single(r => r.Metric == "krippendorff").Level.ShouldBe("nominal");
        report.Omitted.Select(o => o.Metric).ShouldBe(["cohen", "scott-pi", "fleiss"]);
        report.Omitted.Single(o => o.Metric == "cohen").Reason.ShouldContain("two coders");
    }

    [Fact]
    public void Alpha_is_reported_at_the_requested_level_with_its_bootstrap_interval_and_risk_below_a_minimum()
    {
        var report = AgreementReport.Compute(TestData.Krippendorff2011(), AgreementMetric.Krippendorff,
            MeasurementLevel.Interval, new AlphaBootstrapOptions { Samples = 1000, Seed = 7, Minimums = [0.8] });

        var alpha = report.Results.ShouldHaveSingleItem();
        alpha.Value.ShouldMatchPublished(0.849107, 0.5e-6);
        alpha.ConfidenceInterval!.Lower.ShouldBeLessThan(alpha.Value);
        alpha.ProbabilityBelow!.ShouldHaveSingleItem().Minimum.ShouldBe(0.8);
        AgreementReport.Compute(TestData.Krippendorff2011(), AgreementMetric.Krippendorff, MeasurementLevel.Interval,
            new AlphaBootstrapOptions { Samples = 1000, Seed = 7, Minimums = [0.8] }).ShouldBeEquivalentTo(report);
    }

    [Fact]
    public void Asking_by_name_for_a_metric_that_does_not_apply_is_an_error()
    {
        var error = Should.Throw<AgreementException>(() => AgreementReport.Compute(TestData.Krippendorff2011(), AgreementMetric.Cohen));
        error.Message.ShouldContain("two coders");
    }

    [Theory]
    [InlineData("scott-pi", AgreementMetric.ScottPi)]
    [InlineData(" Gwet-AC1 ", AgreementMetric.GwetAc1)]
    [InlineData("krippendorff", AgreementMetric.Krippendorff)]
    public void Metrics_are_named_as_the_command_line_names_them(string name, AgreementMetric metric)
    {
        AgreementReport.MetricNamed(name).ShouldBe(metric);
        AgreementReport.NameOf(metric).ShouldBe(name.Trim().ToLowerInvariant());
    }

    [Fact]
    public void An_unknown_metric_name_is_not_a_metric() => AgreementReport.MetricNamed("kappa").ShouldBeNull();

    [Fact]
    public void Rows_from_a_request_are_checked_like_rows_from_a_file()
    {
        var result = RatingRows.Build([new(0, "u1", "amir", "include"), new(1, "u1", "amir", "exclude")],
            locate: i => $"ratings[{i}]");
        result.Problems.ShouldHaveSingleItem().Message.ShouldBe(
            "duplicate rating of unit 'u1' by coder 'amir' (first given on ratings[0])");
    }

    [Fact]
    public void Data_with_no_unit_rated_twice_is_an_error_not_an_empty_report()
    {
        var data = ReliabilityData.FromLabels([new("u1", "amir", "a"), new("u2", "bea", "b")]);
        var error = Should.Throw<AgreementException>(() => AgreementReport.Compute(data));
        error.Problem.Kind.ShouldBe(AgreementProblemKind.NoPairableUnits);
    }
}
