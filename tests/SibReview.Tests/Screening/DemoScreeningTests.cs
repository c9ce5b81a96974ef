using System.Text.Json;
using Shouldly;
using SibReview.Demo;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Screening;

/// <summary>The demo as ./ops/run.sh starts it: a screening under way.</summary>
public sealed class ScreenedDemoFixture : DemoFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await DemoScreening.EnsureAsync(Store, DateTimeOffset.UtcNow, CancellationToken.None);
    }
}

public sealed class DemoScreeningTests(ScreenedDemoFixture app) : IClassFixture<ScreenedDemoFixture>
{
    [Fact]
    public async Task A_newcomer_finds_screening_under_way_with_conflicts_a_flow_and_agreement()
    {
        var lead = await app.SignedInAs("lena");
        using var flow = JsonDocument.Parse(await lead.GetStringAsync("/api/studies/demo/screening/flow"));
        var f = flow.RootElement;

        f.GetProperty("identified").GetInt32().ShouldBe(74);
        f.GetProperty("unassigned").GetInt32().ShouldBe(0);
        f.GetProperty("conflicts").GetInt32().ShouldBeGreaterThan(0);
        f.GetProperty("awaitingDecisions").GetInt32().ShouldBeGreaterThan(0);
        f.GetProperty("included").GetInt32().ShouldBeGreaterThan(0);
        f.GetProperty("excluded").EnumerateArray().Sum(e => e.GetProperty("count").GetInt32()).ShouldBeGreaterThan(0);

        using var agreement = JsonDocument.Parse(await lead.GetStringAsync("/api/studies/demo/agreement"));
        var screening = agreement.RootElement.GetProperty("sets").EnumerateArray().Single(s => s.GetProperty("source").GetString() == "screening");
        screening.GetProperty("pairs").GetArrayLength().ShouldBe(3);
        var metrics = screening.GetProperty("report").GetProperty("results").EnumerateArray().Select(r => r.GetProperty("metric").GetString());
        metrics.ShouldContain("fleiss", "every case screened so far has both its coders' decisions");
        metrics.ShouldContain("krippendorff");
    }

    [Fact]
    public async Task Every_demo_decision_says_it_is_demo_activity_and_running_the_demo_twice_adds_nothing()
    {
        var before = await app.EventCount();
        await DemoScreening.EnsureAsync(app.Store, DateTimeOffset.UtcNow, CancellationToken.None);
        (await app.EventCount()).ShouldBe(before);

        var coder = await app.SignedInAs("amir");
        using var queue = JsonDocument.Parse(await coder.GetStringAsync("/api/studies/demo/screening/queue"));
        var decided = queue.RootElement.GetProperty("cases").EnumerateArray()
            .Where(c => c.GetProperty("myDecision").ValueKind != JsonValueKind.Null).ToList();
        decided.ShouldNotBeEmpty();
        decided.ShouldAllBe(c => c.GetProperty("myDecision").GetProperty("note").GetString()!.StartsWith("Demo activity"));
    }
}
