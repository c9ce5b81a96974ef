using System.Net.Http.Json;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace SibReview.Tests.Journeys;

public sealed class OutcomesJourney(JourneyFixture app) : IClassFixture<JourneyFixture>
{
    private const string Kirklees = "INDIGO-POJ-0175";

    [Fact]
    public async Task A_coder_corrects_the_evidence_from_a_document_assesses_the_case_and_its_audit_trail_tells_the_story()
    {
        var lead = await app.SignedInAs("lena");
        (await lead.PostAsJsonAsync("/api/studies/demo/screening/assignments",
            new { caseIds = new[] { Kirklees }, coders = new[] { "amir", "bea" }, perCase = 2 })).EnsureSuccessStatusCode();
        foreach (var coder in new[] { "amir", "bea" })
            (await (await app.SignedInAs(coder)).PostAsJsonAsync($"/api/studies/demo/screening/cases/{Kirklees}/decision",
                new { verdict = "include", expectedVersion = 0 })).EnsureSuccessStatusCode();

        var amir = await app.SignedInPage("amir");
        await amir.GotoAsync($"/studies/demo/outcomes/{Kirklees}");
        await Expect(amir.GetByLabel("Ratio", new() { Exact = true })).ToHaveValueAsync("1.0115");
        await amir.GetByLabel("Value in the document").FillAsync("21,000,000");
        await amir.GetByLabel("Page", new() { Exact = true }).FillAsync("12");
        await amir.GetByLabel("Why (what the document shows)").FillAsync("the final report's audited payments");
        await amir.GetByRole(AriaRole.Button, new() { Name = "Record evidence" }).ClickAsync();
        await Expect(amir.GetByTestId("actual-outcome-payments")).ToContainTextAsync("amir");
        await Expect(amir.GetByLabel("Ratio", new() { Exact = true })).ToHaveValueAsync("0.9418");
        await amir.GetByRole(AriaRole.Button, new() { Name = "Record assessment" }).ClickAsync();
        await Expect(amir.GetByTestId("case-classification")).ToContainTextAsync("uccessful");

        var timeline = await app.SignedInPage("lena");
        await timeline.GotoAsync($"/studies/demo/cases/{Kirklees}/timeline");
        await Expect(timeline.GetByTestId("timeline-entry")).ToHaveCountAsync(5);
        await Expect(timeline.GetByTestId("timeline-entry").Nth(3)).ToContainTextAsync("corrected actual outcome payments");
        await Expect(timeline.GetByTestId("suggested-change").Last).ToContainTextAsync("101.2% -> 94.2%");
        await Expect(timeline.GetByTestId("timeline-entry").Last).ToContainTextAsync("assessed achievement");
        await Expect(timeline.GetByTestId("state-as-of")).ToContainTextAsync("uccessful");
    }
}
