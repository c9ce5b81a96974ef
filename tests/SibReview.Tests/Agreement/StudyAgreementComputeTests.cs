using Shouldly;
using SibReview.Agreement;
using Xunit;

namespace SibReview.Tests.Agreement;

public sealed class StudyAgreementComputeTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly LabelSet Set = new("s", "demo", "Screening", "imported", MeasurementLevel.Nominal);

    private static RawLabel Label(string unit, string coder, string value, int day, int order = 0) =>
        new($"{unit}/{coder}/{day}", "demo", "s", unit, coder, value, Monday.AddDays(day), order);

    [Fact]
    public void A_coders_revision_replaces_their_earlier_label_of_the_unit()
    {
        var result = StudyAgreement.Compute(Set, [
            Label("c1", "amir", "include", 0), Label("c1", "bea", "exclude", 0),
            Label("c2", "amir", "include", 0), Label("c2", "bea", "include", 0),
            Label("c1", "bea", "include", 1),
        ]);

        result.Labels.ShouldBe(5);
        result.Report!.Results.Single(r => r.Metric == "percent").Value.ShouldBe(1.0);
    }

    [Fact]
    public void Agreement_over_time_shows_each_moment_labels_landed()
    {
        var result = StudyAgreement.Compute(Set, [
            Label("c1", "amir", "include", 0), Label("c1", "bea", "exclude", 0),
            Label("c2", "amir", "include", 1), Label("c2", "bea", "include", 1),
            Label("c3", "amir", "exclude", 2),
        ]);

        result.OverTime.Select(p => (p.Labels, p.Percent)).ShouldBe([(2, 0.0), (4, 0.5), (5, 0.5)]);
        result.OverTime.Select(p => p.At).ShouldBe([Monday, Monday.AddDays(1), Monday.AddDays(2)]);
    }

    [Fact]
    public void A_set_where_no_unit_is_rated_twice_says_so_instead_of_a_number()
    {
        var result = StudyAgreement.Compute(Set, [Label("c1", "amir", "include", 0), Label("c2", "bea", "exclude", 0)]);

        result.Report.ShouldBeNull();
        result.Problem.ShouldNotBeNull().ShouldContain("two or more coders");
        result.Pairs.ShouldBeEmpty();
        result.OverTime.ShouldHaveSingleItem().Percent.ShouldBeNull();
    }
}
