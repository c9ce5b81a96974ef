using Shouldly;

namespace SibReview.Agreement.Tests;

public class ReliabilityDataTests
{
    [Fact]
    public void Keeps_first_appearance_order_of_units_and_coders_and_sorts_numeric_categories()
    {
        var data = ReliabilityData.FromLabels(
        [
            new Rating("u2", "B", "10"), new Rating("u1", "A", "9"), new Rating("u1", "B", "10"),
            new Rating("u3", "A", null), new Rating("u2", "A", "  "),
        ]);
        data.Units.ShouldBe(["u2", "u1", "u3"]);
        data.Coders.ShouldBe(["B", "A"]);
        data.Categories.ShouldBe(["9", "10"]);            // numeric, not lexical, order
        data.NumericValues.ShouldBe([9.0, 10.0]);
        data.RatingCount.ShouldBe(3);
        data.RatingCountOf(2).ShouldBe(0);               // u3 appears only with a missing value
        data.CategoryOf(0, 0).ShouldBe(1);               // u2 by B = "10"
        data.CategoryOf(0, 1).ShouldBeNull();            // u2 by A: white space = missing
    }

    [Fact]
    public void Text_labels_are_lexical_unless_declared()
    {
        var data = ReliabilityData.FromLabels([new Rating("u", "A", "b"), new Rating("u", "B", "a")]);
        data.Ordering.ShouldBe(CategoryOrdering.Lexical);
        data.NumericValues.ShouldBeNull();
        var declared = ReliabilityData.FromLabels(data.Ratings, ["b", "a", "c"]);
        declared.Ordering.ShouldBe(CategoryOrdering.Declared);
        declared.Categories.ShouldBe(["b", "a", "c"]);
    }

    [Fact]
    public void Rejects_invalid_input()
    {
        Should.Throw<ArgumentException>(() => ReliabilityData.FromLabels([new Rating("u", "A", "1"), new Rating("u", "A", "2")]))
            .Message.ShouldContain("more than one rating by coder 'A'");
        Should.Throw<ArgumentException>(() => ReliabilityData.FromLabels([new Rating("", "A", "1")]));
        Should.Throw<ArgumentException>(() => ReliabilityData.FromLabels([new Rating("u", "A", "x")], ["y"]))
            .Message.ShouldContain("'x'");
        Should.Throw<ArgumentException>(() => ReliabilityData.FromLabels([], ["y", "y"]));
        Should.Throw<ArgumentException>(() => ReliabilityData.FromNumbers([new NumericRating("u", "A", double.NaN)]));
    }

    [Fact]
    public void Numbers_become_categories_in_numeric_order()
    {
        var data = ReliabilityData.FromNumbers(
            [new NumericRating("u", "A", 2.5), new NumericRating("u", "B", -0.0), new NumericRating("v", "A", 0.0), new NumericRating("v", "B", null)]);
        data.Categories.ShouldBe(["0", "2.5"]);
        data.NumericValues.ShouldBe([0.0, 2.5]);
        data.RatingCount.ShouldBe(3);
    }

    [Fact]
    public void Outcome_throws_with_the_problem_and_prints_it()
    {
        var outcome = CohenKappa.Compute(TestData.Krippendorff2011());
        outcome.ToString().ShouldStartWith("Cohen's kappa: ");
        Should.Throw<AgreementException>(() => outcome.GetResultOrThrow()).Problem.ShouldBe(outcome.Problem);
    }
}
