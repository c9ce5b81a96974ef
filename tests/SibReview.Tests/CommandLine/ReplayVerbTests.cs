using System.Text.Json;
using Shouldly;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.CommandLine;

public sealed class ReplayVerbTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private Task<CommandResult> Replay(params string[] args) => SibReviewCommand.RunAsync(app.ConnectionString, ["replay", .. args]);

    [Fact]
    public async Task Json_gives_one_scenario_per_tolerance_in_the_contract_shape()
    {
        var result = await Replay("--study", "demo", "--tolerance", "0.05,0.10", "--format", "json");

        result.ExitCode.ShouldBe(0, result.Errors);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("study").GetString().ShouldBe("demo");
        var scenarios = json.RootElement.GetProperty("scenarios").EnumerateArray().ToList();
        scenarios.Select(s => s.GetProperty("tolerance").GetDecimal()).ShouldBe([0.05m, 0.1m]);
        foreach (var s in scenarios)
        {
            foreach (var count in new[] { "successful", "struggling", "unclassified" })
                s.GetProperty(count).ValueKind.ShouldBe(JsonValueKind.Number);
            (s.GetProperty("flipped").ValueKind, s.GetProperty("themes").ValueKind).ShouldBe((JsonValueKind.Array, JsonValueKind.Array));
        }
        (await Replay("--study", "demo", "--tolerance", "0.05,0.10")).Output.ShouldContain("tolerance  successful  struggling");
    }

    [Theory]
    [InlineData("replay: tolerance must be between 0 and 1; got 1.5", "--study", "demo", "--tolerance", "1.5")]
    [InlineData("replay: give at least one tolerance", "--study", "demo", "--tolerance", "")]
    [InlineData("replay: there is no study 'nope'", "--study", "nope", "--tolerance", "0.1")]
    [InlineData("replay: study 'demo' did not exist yet", "--study", "demo", "--tolerance", "0.1", "--as-of", "2000-01-01T00:00:00Z")]
    [InlineData("replay: --tolerance is required", "--study", "demo")]
    public async Task Bad_input_exits_2_with_one_line(string line, params string[] args)
    {
        var result = await Replay(args);

        result.ExitCode.ShouldBe(2);
        result.Errors.Trim().ShouldStartWith(line);
        result.Errors.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public async Task Replay_explains_itself_with_help()
    {
        var help = await SibReviewCommand.RunAsync(null, "replay", "--help");
        help.ExitCode.ShouldBe(0);
        help.Output.ShouldContain("Usage: ./ops/sibreview replay --study ID|demo --tolerance LIST");
    }
}
