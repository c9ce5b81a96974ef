using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using SibReview.Demo;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Outcomes;

/// <summary>The demo as ./ops/run.sh starts it: screening under way and the included cases assessed.</summary>
public sealed class AssessedDemoFixture : DemoFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await DemoScreening.EnsureAsync(Store, DateTimeOffset.UtcNow, CancellationToken.None);
        await DemoOutcomes.EnsureAsync(Store, DateTimeOffset.UtcNow, CancellationToken.None);
    }
}

public sealed class DemoOutcomesTests(AssessedDemoFixture app) : IClassFixture<AssessedDemoFixture>
{
    private static int Count(JsonElement cohorts, string cohort) => cohorts.GetProperty("counts").GetProperty(cohort).GetInt32();

    [Fact]
    public async Task The_demo_cohorts_come_from_INDIGO_evidence_and_a_wider_tolerance_moves_cases_into_the_successful_cohort()
    {
        var lead = await app.SignedInAs("lena");
        var before = await lead.GetFromJsonAsync<JsonElement>("/api/studies/demo/outcomes/cohorts");
        Count(before, "successful").ShouldBeGreaterThan(0);
        Count(before, "struggling").ShouldBeGreaterThan(0);
        Count(before, "insufficientData").ShouldBeGreaterThan(0);
        before.GetProperty("successful").EnumerateArray().ShouldContain(c => c.GetProperty("basis").GetString() == "payments");

        var study = await lead.GetFromJsonAsync<JsonElement>("/api/studies/demo");
        (await lead.PutAsJsonAsync("/api/studies/demo/tolerance", new
        {
            tolerance = 0.2m, reason = "sensitivity analysis", expectedVersion = study.GetProperty("version").GetInt64(),
        })).EnsureSuccessStatusCode();

        var after = await lead.GetFromJsonAsync<JsonElement>("/api/studies/demo/outcomes/cohorts");
        Count(after, "successful").ShouldBeGreaterThan(Count(before, "successful"));
    }

    [Fact]
    public async Task Running_the_demo_again_adds_no_assessment()
    {
        var before = await app.EventCount();
        await DemoOutcomes.EnsureAsync(app.Store, DateTimeOffset.UtcNow, CancellationToken.None);
        (await app.EventCount()).ShouldBe(before);
    }
}
