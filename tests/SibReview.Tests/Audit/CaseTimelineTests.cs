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
