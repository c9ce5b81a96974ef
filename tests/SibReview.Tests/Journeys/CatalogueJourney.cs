using Microsoft.Playwright;
using SibReview.Demo;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace SibReview.Tests.Journeys;

public sealed class CatalogueJourney(JourneyFixture app) : IClassFixture<JourneyFixture>
{
    [Fact]
    public async Task A_coder_signs_in_filters_to_the_74_candidates_and_reads_a_cases_outcome_payments()
    {
        var page = await app.SignedInPage("amir");

        await page.GetByRole(AriaRole.Link, new() { Name = DemoStudy.Name }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = DemoStudy.Name })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("case-count")).ToHaveTextAsync("74 cases");

        await page.GetByRole(AriaRole.Link, new() { Name = "Catalogue", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("case-count")).ToHaveTextAsync("319 cases");
        await page.GetByLabel("Country").SelectOptionAsync("GB");
        await page.GetByLabel("Live from").FillAsync("2015");
        await page.GetByLabel("Live to").FillAsync("2020");
        await Expect(page.GetByTestId("case-count")).ToHaveTextAsync("74 cases");

        await page.GetByLabel("Search name").FillAsync("ACTion Glos");
        await Expect(page.GetByTestId("case-count")).ToHaveTextAsync("1 case");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("ACTion Glos") }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Outcome payments" })).ToBeVisibleAsync();
        await Expect(page.GetByText("£1,262,980").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_coder_sees_the_leads_tolerance_change_without_reloading()
    {
        var coderPage = await app.SignedInPage("bea");
        await coderPage.GetByRole(AriaRole.Link, new() { Name = DemoStudy.Name }).ClickAsync();
        await Expect(coderPage.GetByTestId("study-tolerance")).ToContainTextAsync("10%");

        var lead = await app.SignedInAs("lena");
        var study = await lead.GetStringAsync("/api/studies/demo");
        var version = System.Text.Json.JsonDocument.Parse(study).RootElement.GetProperty("version").GetInt64();
        var response = await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(lead, "/api/studies/demo/tolerance",
            new { tolerance = 0.15m, reason = "align with protocol v2", expectedVersion = version });
        response.EnsureSuccessStatusCode();

        await Expect(coderPage.GetByTestId("study-tolerance")).ToContainTextAsync("15%", new() { Timeout = 5000 });
        await Expect(coderPage.GetByText("align with protocol v2")).ToBeVisibleAsync();
    }
}
