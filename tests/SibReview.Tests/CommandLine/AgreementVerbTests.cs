using System.Text.Json;
using Shouldly;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.CommandLine;

public sealed class AgreementVerbTests : IDisposable
{
    private readonly List<string> _files = [];

    public void Dispose() => _files.ForEach(File.Delete);

    private string Write(string csv)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ratings-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);
        _files.Add(path);
        return path;
    }

    [Theory]
    [InlineData("nominal", 0.743421)]
    [InlineData("ordinal", 0.815388)]
    [InlineData("interval", 0.849107)]
    [InlineData("ratio", 0.797403)]
    public async Task Alpha_on_Krippendorffs_reference_data_prints_unrounded_json(string level, double published)
    {
        var result = await SibReviewCommand.RunAsync(null, "agreement", "--input", Write(Krippendorff2011.Csv),
            "--metric", "krippendorff", "--level", level, "--format", "json");

        result.ExitCode.ShouldBe(0, result.Errors);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("units").GetInt32().ShouldBe(12);
        json.RootElement.GetProperty("coders").GetInt32().ShouldBe(4);
        json.RootElement.GetProperty("pairable").GetInt32().ShouldBe(40);
        var alpha = json.RootElement.GetProperty("results")[0];
        alpha.GetProperty("level").GetString().ShouldBe(level);
        alpha.GetProperty("value").GetDouble().ShouldBe(published, 0.5e-6);
        alpha.GetProperty("value").GetRawText().Length.ShouldBeGreaterThan(10, "values are printed unrounded");
    }

    [Fact]
    public async Task All_metrics_leave_out_those_that_do_not_apply_and_say_why_in_the_table()
    {
        var result = await SibReviewCommand.RunAsync(null, "agreement", "--input", Write(Krippendorff2011.Csv));

        result.ExitCode.ShouldBe(0, result.Errors);
        result.Output.ShouldContain("12 units, 4 coders, 40 pairable values");
        result.Output.ShouldContain("krippendorff       nominal    0.743421");
        result.Output.ShouldContain("cohen              not applicable");
    }

    [Theory]
    [InlineData("", "--metric all", "line 1: the file is empty")]
    [InlineData("unit,rater,value\n1,A,1\n", "--metric all", "line 1: expected the header 'unit,coder,value'")]
    [InlineData("unit,coder,value\n1,A,1\n1,B,x\n", "--level interval", "line 3: value 'x' is not a number")]
    [InlineData("unit,coder,value\n1,A,1\n1,A,2\n", "--metric all", "line 3: duplicate rating of unit '1' by coder 'A'")]
    [InlineData("unit,coder,value\n1,A,1\n1,B,2\n", "--metric kappa", "unknown metric 'kappa'")]
    [InlineData("unit,coder,value\n1,A,1\n1,B,2\n", "--level loud", "unknown level 'loud'")]
    [InlineData("unit,coder,value\n1,A,1\n1,B,1\n2,A,2\n2,B,2\n1,C,1\n", "--metric cohen", "exactly two coders")]
    [InlineData("unit,coder,value\n1,A,1\n2,B,2\n", "--metric all", "no unit was rated by two or more coders")]
    public async Task Bad_input_exits_2_with_one_line_naming_the_problem(string csv, string option, string expected)
    {
        var args = new[] { "agreement", "--input", Write(csv) }.Concat(option.Split(' ')).ToArray();

        var result = await SibReviewCommand.RunAsync(null, args);

        result.ExitCode.ShouldBe(2);
        result.Errors.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain(expected, Case.Insensitive);
        result.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_bootstrap_interval()
    {
        var path = Write(Krippendorff2011.Csv);
        string[] args = ["agreement", "--input", path, "--metric", "krippendorff", "--format", "json", "--seed", "42", "--samples", "500"];

        var first = await SibReviewCommand.RunAsync(null, args);
        var second = await SibReviewCommand.RunAsync(null, args);

        first.Output.ShouldContain("\"confidenceInterval\":{\"lower\":");
        second.Output.ShouldBe(first.Output);
    }
}
