using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Agreement;

public sealed class ComputeAgreementTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private static object[] Ratings => Krippendorff2011.Ratings
        .Select(r => (object)new { unit = r.Unit, coder = r.Coder, value = int.Parse(r.Value) }).ToArray();

    [Fact]
    public async Task The_API_answers_exactly_what_the_command_line_prints_for_the_same_data()
    {
        var path = Krippendorff2011.WriteCsv();
        var cli = await SibReviewCommand.RunAsync(null, "agreement", "--input", path, "--format", "json", "--level", "ordinal");
        File.Delete(path);

        var coder = await app.SignedInAs("amir");
        var response = await coder.PostAsJsonAsync("/api/agreement", new { ratings = Ratings, level = "ordinal" });

        response.EnsureSuccessStatusCode();
        (await response.Content.ReadAsStringAsync()).ShouldBe(cli.Output.Trim());
        using var json = JsonDocument.Parse(cli.Output);
        json.RootElement.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("metric").GetString() == "krippendorff")
            .GetProperty("value").GetDouble().ShouldBe(0.815388, 0.5e-6);
    }

    [Fact]
    public async Task Labels_numbers_and_nulls_are_all_ratings()
    {
        var coder = await app.SignedInAs("amir");
        var response = await coder.PostAsJsonAsync("/api/agreement", new
        {
            metric = "cohen",
            ratings = new object[]
            {
                new { unit = "c1", coder = "amir", value = "include" }, new { unit = "c1", coder = "bea", value = "include" },
                new { unit = "c2", coder = "amir", value = "exclude" }, new { unit = "c2", coder = "bea", value = "exclude" },
                new { unit = "c3", coder = "amir", value = "include" }, new { unit = "c3", coder = "bea", value = "exclude" },
                new { unit = "c4", coder = "amir", value = (string?)null }, new { unit = "c4", coder = "bea", value = "include" },
            },
        });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("units").GetInt32().ShouldBe(4);
        json.RootElement.GetProperty("pairable").GetInt32().ShouldBe(6);
        json.RootElement.GetProperty("results")[0].GetProperty("value").GetDouble().ShouldBe(0.4, 1e-12); // po = 2/3, pe = 4/9: (2/3 - 4/9) / (1 - 4/9)
    }

    public static TheoryData<object, string> BadRequests => new()
    {
        { new { ratings = Array.Empty<object>() }, "ratings is empty" },
        { new { ratings = Ratings, metric = "kappa" }, "unknown metric 'kappa'" },
        { new { ratings = Ratings, level = "loud" }, "unknown level 'loud'" },
        { new { ratings = Ratings, metric = "cohen" }, "exactly two coders" },
        { new { ratings = Ratings, samples = 5 }, "bootstrap samples must be between 100 and 100000" },
        { new { ratings = new object[] { new { unit = "1", coder = "A", value = 1 }, new { unit = "1", coder = "A", value = 2 } } },
            "ratings[1]: duplicate rating of unit '1' by coder 'A' (first given on ratings[0])" },
        { new { ratings = new object[] { new { unit = "1", coder = "A", value = 1 }, new { unit = "1", coder = "B", value = "x" } }, level = "interval" },
            "ratings[1]: value 'x' is not a number" },
        { new { ratings = new object[] { new { unit = "1", coder = "A", value = new { } } } },
            "ratings[0]: the value must be a category label, a number or null" },
        { new { ratings = new object[] { new { unit = "", coder = "A", value = 1 } } }, "ratings[0]: the unit is empty" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_a_400_problem_naming_the_problem(object request, string expected)
    {
        var coder = await app.SignedInAs("bea");
        var detail = await (await coder.PostAsJsonAsync("/api/agreement", request)).ShouldBeProblem(400);
        detail.ShouldContain(expected);
    }
}
