using Shouldly;

namespace SibReview.Agreement.Tests;

public class ReliabilityCsvTests
{
    private static string Problems(CsvParseResult result) => string.Join(" | ", result.Problems);

    [Fact]
    public void Parses_long_format_with_missing_values()
    {
        const string csv = "unit,coder,value\r\nu1,A,1\r\nu1,B,2\r\nu2,A,\r\nu2,B,3\r\nu3,\"Smith, J.\",1\r\n\r\n";
        var result = ReliabilityCsv.Parse(csv);
        result.IsSuccess.ShouldBeTrue(Problems(result));
        result.Problems.ShouldBeEmpty();
        var data = result.Data;
        data.Units.ShouldBe(["u1", "u2", "u3"]);
        data.Coders.ShouldBe(["A", "B", "Smith, J."]);
        data.RatingCount.ShouldBe(4); // the empty value of u2/A is a missing rating
        data.CategoryOf(1, 0).ShouldBeNull();
        data.Categories.ShouldBe(["1", "2", "3"]);
        data.Ordering.ShouldBe(CategoryOrdering.Numeric);
    }

    [Fact]
    public void Krippendorff_2011_example_through_csv_gives_the_reference_alpha()
    {
        var lines = new List<string> { "Unit , Coder , Value" };
        foreach (var r in TestData.Krippendorff2011().Ratings) lines.Add($"{r.Unit},{r.Coder},{r.Value}");
        var result = ReliabilityCsv.Parse(string.Join('\n', lines), MeasurementLevel.Interval);
        result.IsSuccess.ShouldBeTrue(Problems(result));
        KrippendorffAlpha.Compute(result.Data, MeasurementLevel.Interval).ShouldBeComputed().Value.ShouldMatchPublished(0.849107, 0.5e-6);
    }

    [Fact]
    public void Numeric_levels_merge_equal_numbers_written_differently()
    {
        var result = ReliabilityCsv.Parse("unit,coder,value\nu1,A,1\nu1,B,1.0\nu2,A,2\nu2,B,2e0\n", MeasurementLevel.Ratio);
        result.IsSuccess.ShouldBeTrue(Problems(result));
        result.Data.Categories.ShouldBe(["1", "2"]);
    }

    [Theory]
    [InlineData("", "line 1: the file is empty; expected the header 'unit,coder,value'")]
    [InlineData("  \n \n", "line 1: the file is empty; expected the header 'unit,coder,value'")]
    [InlineData("u1,A,1\nu2,A,2\n", "line 1: expected the header 'unit,coder,value' on the first line, found 'u1,A,1'")]
    [InlineData("unit,rater,value\nu1,A,1\n", "line 1: expected the header 'unit,coder,value' on the first line, found 'unit,rater,value'")]
    [InlineData("unit,coder,value\n", "line 1: the file has a header but no ratings")]
    public void File_level_problems(string csv, string expected)
    {
        var result = ReliabilityCsv.Parse(csv);
        result.IsSuccess.ShouldBeFalse();
        result.Data.ShouldBeNull();
        result.Problems.Select(p => p.ToString()).ShouldBe([expected]);
    }

    [Fact]
    public void Row_problems_are_all_reported_with_line_numbers()
    {
        const string csv = """
            unit,coder,value
            u1,A,1
            u1,B
            u2,A,1,extra
            u1,A,2
            ,B,1
            u3,,1
            u4,A,"open
            u5,A,x"y
            u6,A,3
            """;
        var result = ReliabilityCsv.Parse(csv);
        result.IsSuccess.ShouldBeFalse();
        result.Problems.Select(p => p.ToString()).ShouldBe(
        [
            "line 3: expected 3 columns (unit,coder,value) but found 2",
            "line 4: expected 3 columns (unit,coder,value) but found 4",
            "line 5: duplicate rating of unit 'u1' by coder 'A' (first given on line 2)",
            "line 6: the unit is empty",
            "line 7: the coder is empty",
            "line 8: unterminated quoted field",
            "line 9: a quote inside an unquoted field",
        ]);
    }

    [Fact]
    public void A_duplicate_is_a_problem_even_when_one_of_the_values_is_empty()
    {
        var result = ReliabilityCsv.Parse("unit,coder,value\nu1,A,\nu1,A,3\n");
        result.Problems.Select(p => p.ToString())
            .ShouldBe(["line 3: duplicate rating of unit 'u1' by coder 'A' (first given on line 2)"]);
    }

    [Theory]
    [InlineData(MeasurementLevel.Interval, "interval")]
    [InlineData(MeasurementLevel.Ratio, "ratio")]
    public void Non_numeric_values_are_problems_at_numeric_levels(MeasurementLevel level, string name)
    {
        var result = ReliabilityCsv.Parse("unit,coder,value\nu1,A,1\nu1,B,high\nu2,A,1,5\nu2,B,NaN\n", level);
        result.Problems.Select(p => p.ToString()).ShouldBe(
        [
            $"line 3: value 'high' is not a number; the {name} level needs numeric values",
            "line 4: expected 3 columns (unit,coder,value) but found 4",
            $"line 5: value 'NaN' is not a number; the {name} level needs numeric values",
        ]);
        ReliabilityCsv.Parse("unit,coder,value\nu1,A,1\nu1,B,high\n", MeasurementLevel.Nominal).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Ordinal_text_labels_need_a_declared_order()
    {
        const string csv = "unit,coder,value\nu1,A,low\nu1,B,high\nu2,A,mid\nu2,B,mid\n";
        ReliabilityCsv.Parse(csv, MeasurementLevel.Ordinal).Problems.Select(p => p.ToString())
            .ShouldBe(["line 2: value 'low' is not a number; ordinal data with text labels need a declared category order"]);

        var declared = ReliabilityCsv.Parse(csv, MeasurementLevel.Ordinal, ["low", "mid", "high"]);
        declared.IsSuccess.ShouldBeTrue(Problems(declared));
        declared.Data.Categories.ShouldBe(["low", "mid", "high"]);
        declared.Data.Ordering.ShouldBe(CategoryOrdering.Declared);

        ReliabilityCsv.Parse(csv, MeasurementLevel.Ordinal, ["low", "high"]).Problems.Select(p => p.ToString())
            .ShouldBe(["line 4: value 'mid' is not one of the declared categories", "line 5: value 'mid' is not one of the declared categories"]);
    }

    [Fact]
    public void Declared_categories_at_a_numeric_level_keep_unused_categories()
    {
        var result = ReliabilityCsv.Parse("unit,coder,value\nu1,A,1\nu1,B,2\nu2,A,2\nu2,B,2\n", MeasurementLevel.Interval, ["1", "2", "3"]);
        result.IsSuccess.ShouldBeTrue(Problems(result));
        result.Data.Categories.ShouldBe(["1", "2", "3"]);
        result.Data.NumericValues.ShouldBe([1.0, 2.0, 3.0]);
        Should.Throw<ArgumentException>(() => ReliabilityCsv.Parse("unit,coder,value\nu1,A,1\n", MeasurementLevel.Ratio, ["1", "many"]));
    }

    [Fact]
    public void Byte_order_mark_and_quoted_values_are_handled()
    {
        var result = ReliabilityCsv.Parse("\uFEFFunit,coder,value\n\"u 1\",A,\"say \"\"yes\"\"\"\n\"u 1\",B, no \n");
        result.IsSuccess.ShouldBeTrue(Problems(result));
        result.Data.Categories.ShouldBe(["no", "say \"yes\""]);
        result.Data.Units.ShouldBe(["u 1"]);
    }
}
