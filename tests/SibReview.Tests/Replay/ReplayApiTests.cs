using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using SibReview.Outcomes;
using SibReview.Replay;
using SibReview.Tests.Screening;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Replay;

public sealed class ReplayApiTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private const string PromotingIndependence = "INDIGO-POJ-0181", FamilySupport = "INDIGO-POJ-0173", Kirklees = "INDIGO-POJ-0175";

    private async Task Include(params string[] caseIds)
    {
        (await ScreeningApi.Assign(await app.SignedInAs("lena"), caseIds, ["amir", "bea"])).EnsureSuccessStatusCode();
        foreach (var caseId in caseIds)
        foreach (var coder in new[] { "amir", "bea" })
            (await ScreeningApi.Decide(await app.SignedInAs(coder), caseId, "include")).EnsureSuccessStatusCode();
    }

    private async Task Assess(string caseId, decimal? ratio)
    {
        foreach (var coder in new[] { "amir", "bea" })
            (await (await app.SignedInAs(coder)).PostAsJsonAsync($"/api/studies/demo/outcomes/cases/{caseId}/assessment",
                new { basis = "payments", ratio, overrideReason = ratio is null ? null : "the final report", expectedVersion = 0 }))
                .EnsureSuccessStatusCode();
    }

    private static async Task<ReplayReport> Replay(HttpClient client, string query) =>
        (await client.GetJson<ReplayReport>($"/api/studies/demo/replay?{query}"))!;

    private static (int, int, int) Counts(OutcomeCohorts c) =>
        (c.Counts.Successful, c.Counts.Struggling, c.Counts.InsufficientData + c.Counts.Conflicts + c.Counts.Unassessed);

    [Fact]
    public async Task Replay_under_the_current_tolerance_is_the_live_view_other_tolerances_flip_cases_and_nothing_is_written()
    {
        var lead = await app.SignedInAs("lena");
        await Include(PromotingIndependence, FamilySupport, Kirklees);
        var beforeAssessing = (Counts((await lead.GetJson<OutcomeCohorts>("/api/studies/demo/outcomes/cohorts"))!), DateTimeOffset.UtcNow);
        await Task.Delay(100);
        await Assess(PromotingIndependence, null);
        await Assess(FamilySupport, 0.95m);

        var cohortsJson = await lead.GetStringAsync("/api/studies/demo/outcomes/cohorts");
        var live = JsonSerializer.Deserialize<OutcomeCohorts>(cohortsJson, Json.Web)!;
        var events = await app.EventCount();
        var report = await Replay(lead, "tolerance=0.15,0.10,0.01");

        report.StudyTolerance.ShouldBe(live.Tolerance);
        var current = report.Scenarios.Single(s => s.Tolerance == live.Tolerance);
        (current.Successful, current.Struggling, current.Unclassified).ShouldBe(Counts(live));
        current.Flipped.ShouldBeEmpty();
        report.Scenarios[0].Flipped.ShouldContain(f => f.CaseId == PromotingIndependence && f.From == Classification.Struggling &&
            f.To == Classification.Successful);
        report.Scenarios[2].Flipped.ShouldContain(f => f.CaseId == FamilySupport && f.From == Classification.Successful &&
            f.To == Classification.Struggling);
        report.Scenarios.SelectMany(s => s.Flipped).ShouldNotContain(f => f.CaseId == Kirklees);

        var asOf = await Replay(lead, $"tolerance=0.1&asOf={Uri.EscapeDataString(beforeAssessing.UtcNow.ToString("O"))}");
        var then = asOf.Scenarios.Single();
        (then.Successful, then.Struggling, then.Unclassified).ShouldBe(beforeAssessing.Item1);

        var cli = await SibReviewCommand.RunAsync(app.ConnectionString, "replay", "--study", "demo", "--tolerance", "0.15,0.10,0.01",
            "--format", "json");
        cli.ExitCode.ShouldBe(0, cli.Errors);
        var http = await lead.GetStringAsync("/api/studies/demo/replay?tolerance=0.15,0.10,0.01");
        cli.Output.ShouldBe(http + "\n");
        (await SibReviewCommand.RunAsync(app.ConnectionString, "replay", "--study", "demo", "--tolerance", "0.15,0.10,0.01",
            "--format", "json")).Output.ShouldBe(cli.Output);

        (await app.EventCount()).ShouldBe(events);
        (await lead.GetStringAsync("/api/studies/demo/outcomes/cohorts")).ShouldBe(cohortsJson);
    }

    [Fact]
    public async Task A_lower_minimum_of_documents_lets_in_a_case_excluded_for_too_few_once_its_register_reaches_it()
    {
        var lead = await app.SignedInAs("lena");
        var caseId = (await ScreeningApi.Candidates(lead)).Except([PromotingIndependence, FamilySupport, Kirklees]).First();
        (await ScreeningApi.Assign(lead, [caseId], ["amir", "bea"])).EnsureSuccessStatusCode();
        foreach (var coder in new[] { "amir", "bea" })
            (await ScreeningApi.Decide(await app.SignedInAs(coder), caseId, "exclude", "too-few-documents")).EnsureSuccessStatusCode();
        var register = (await lead.GetJson<SibReview.Documents.CaseDocumentsView>($"/api/cases/{caseId}/documents"))!;
        (await lead.PostAsJsonAsync($"/api/cases/{caseId}/documents", new
        {
            title = "An evaluation found in the council's archive", type = "evaluation", expectedVersion = register.Version,
        })).EnsureSuccessStatusCode();
        var eligible = register.EligibleCount + 1;

        var events = await app.EventCount();
        var lower = await Replay(lead, $"tolerance=0.1&minimumDistinctDocuments={Math.Min(eligible, 3)}");
        var own = await Replay(lead, "tolerance=0.1&minimumDistinctDocuments=4");

        lower.MinimumDistinctDocuments.ShouldBe(Math.Min(eligible, 3));
        lower.Scenarios.Single().Flipped.ShouldContain(f =>
            f.CaseId == caseId && f.From == ReplayReport.Excluded && f.To == Classification.Unassessed);
        own.Scenarios.Single().Flipped.ShouldBeEmpty();
        (await app.EventCount()).ShouldBe(events);
    }

    [Fact]
    public async Task A_page_asking_for_ndjson_gets_progress_lines_then_the_same_report()
    {
        var lead = await app.SignedInAs("lena");
        async Task<List<JsonElement>> Lines(string query)
        {
            using var ask = new HttpRequestMessage(HttpMethod.Get, $"/api/studies/demo/replay?{query}");
            ask.Headers.Accept.ParseAdd(ReplayProgressStream.MediaType);
            var answer = await lead.SendAsync(ask);
            answer.Content.Headers.ContentType!.MediaType.ShouldBe(ReplayProgressStream.MediaType);
            return [.. (await answer.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => JsonDocument.Parse(line).RootElement)];
        }

        var lines = await Lines("tolerance=0.1,0.2");
        var last = lines[^1].GetProperty("report").GetRawText();
        last.ShouldBe(await lead.GetStringAsync("/api/studies/demo/replay?tolerance=0.1,0.2"));
        var progress = lines[..^1].Select(l => l.GetProperty("progress")).ToList();
        progress.ShouldNotBeEmpty();
        progress[^1].GetProperty("done").GetBoolean().ShouldBeTrue();
        progress[^1].GetProperty("percent").GetInt32().ShouldBe(100);
        progress.Select(p => p.GetProperty("read").GetInt64()).ShouldBeInOrder();

        var refused = await Lines("tolerance=0.1&asOf=2000-01-01T00:00:00Z");
        refused[^1].GetProperty("problem").GetProperty("detail").GetString()!.ShouldContain("did not exist yet");
    }

    [Fact]
    public async Task Bad_input_is_a_400_problem_and_strangers_get_a_404()
    {
        var lead = await app.SignedInAs("lena");
        (await (await lead.GetAsync("/api/studies/demo/replay?tolerance=1.5")).ShouldBeProblem(400))
            .ShouldBe("tolerance must be between 0 and 1; got 1.5");
        (await (await lead.GetAsync("/api/studies/demo/replay?tolerance=")).ShouldBeProblem(400)).ShouldContain("at least one tolerance");
        (await (await lead.GetAsync("/api/studies/demo/replay?tolerance=0.1&asOf=2000-01-01T00:00:00Z")).ShouldBeProblem(400))
            .ShouldContain("did not exist yet");
        (await (await lead.GetAsync("/api/studies/demo/replay?tolerance=0.1&minimumDistinctDocuments=many")).ShouldBeProblem(400))
            .ShouldBe("the minimum of distinct documents must be a whole number from 1 to 100; got 'many'");
        await (await lead.GetAsync("/api/studies/nope/replay?tolerance=0.1")).ShouldBeProblem(404);
    }
}
