using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using SibReview.Tests.Outcomes;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Audit;

public sealed class CaseTimelineTests(AssessedDemoFixture app) : IClassFixture<AssessedDemoFixture>
{
    private const string FosteringBetterOutcomes = "INDIGO-POJ-0171";

    [Fact]
    public async Task A_cases_timeline_says_who_did_what_and_how_a_tolerance_change_moved_it_between_cohorts()
    {
        var lead = await app.SignedInAs("lena");
        var study = await lead.GetFromJsonAsync<JsonElement>("/api/studies/demo");
        await Task.Delay(50);
        var beforeTheChange = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        (await lead.PutAsJsonAsync("/api/studies/demo/tolerance", new
        {
            tolerance = 0.15m, reason = "align with protocol v2", expectedVersion = study.GetProperty("version").GetInt64(),
        })).EnsureSuccessStatusCode();

        var timeline = await lead.GetFromJsonAsync<JsonElement>($"/api/studies/demo/cases/{FosteringBetterOutcomes}/timeline");
        var entries = timeline.GetProperty("entries").EnumerateArray().ToList();

        entries[0].GetProperty("what").GetString()!.ShouldStartWith("assigned for screening to");
        entries.Count(e => e.GetProperty("what").GetString()!.StartsWith("screened: include")).ShouldBe(2);
        entries.Count(e => e.GetProperty("what").GetString()!.StartsWith("assessed achievement")).ShouldBe(2);
        var change = entries.Last();
        change.GetProperty("what").GetString().ShouldBe("tolerance changed 0.10 -> 0.15");
        change.GetProperty("by").GetString().ShouldBe("lena");
        change.GetProperty("reason").GetString().ShouldBe("align with protocol v2");
        change.GetProperty("classificationBefore").GetString().ShouldBe("struggling");
        change.GetProperty("classificationAfter").GetString().ShouldBe("successful");
        entries.Select(e => e.GetProperty("sequence").GetInt64()).ShouldBeInOrder();
        timeline.GetProperty("state").GetProperty("classification").GetString().ShouldBe("successful");

        var then = await lead.GetFromJsonAsync<JsonElement>(
            $"/api/studies/demo/cases/{FosteringBetterOutcomes}/timeline?asOf={Uri.EscapeDataString(beforeTheChange.ToString("O"))}");
        then.GetProperty("state").GetProperty("classification").GetString().ShouldBe("struggling");
        then.GetProperty("entries").GetArrayLength().ShouldBe(entries.Count - 1);
    }

    [Fact]
    public async Task Asking_for_the_state_before_the_study_existed_is_a_clear_400()
    {
        var lead = await app.SignedInAs("lena");
        var response = await lead.GetAsync($"/api/studies/demo/cases/{FosteringBetterOutcomes}/timeline?asOf=2001-01-01T00:00:00Z");
        (await response.ShouldBeProblem(400)).ShouldContain("did not exist yet");
    }

    [Fact]
    public async Task A_coder_who_has_not_assessed_the_case_cannot_read_the_others_work_in_its_history()
    {
        var lead = await app.SignedInAs("lena");
        var timeline = await lead.GetFromJsonAsync<JsonElement>($"/api/studies/demo/cases/{FosteringBetterOutcomes}/timeline");
        var assessors = timeline.GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("what").GetString()!.StartsWith("assessed")).Select(e => e.GetProperty("by").GetString()).ToList();
        var outsider = new[] { "amir", "bea", "chen" }.First(c => !assessors.Contains(c));

        var response = await (await app.SignedInAs(outsider)).GetAsync($"/api/studies/demo/cases/{FosteringBetterOutcomes}/timeline");

        (await response.ShouldBeProblem(403)).ShouldContain("Record your own decision");
    }
}
