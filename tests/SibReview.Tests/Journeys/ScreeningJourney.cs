using System.Net.Http.Json;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace SibReview.Tests.Journeys;

public sealed class ScreeningJourney(JourneyFixture app) : IClassFixture<JourneyFixture>
{
    private const string Case = "INDIGO-POJ-0109";

    [Fact]
    public async Task A_coders_decision_stays_hidden_from_the_other_until_they_decide_then_the_conflict_reaches_the_lead_live()
    {
        var lead = await app.SignedInAs("lena");
        (await lead.PostAsJsonAsync("/api/studies/demo/screening/assignments",
            new { caseIds = new[] { Case }, coders = new[] { "amir", "bea" }, perCase = 2 })).EnsureSuccessStatusCode();

        var leadPage = await app.SignedInPage("lena");
        await leadPage.GotoAsync("/studies/demo/screening");
        await Expect(leadPage.GetByTestId("conflict-row")).ToHaveCountAsync(0);

        var amir = await app.SignedInPage("amir");
        await amir.GotoAsync($"/studies/demo/screening?case={Case}");
        await amir.GetByRole(AriaRole.Button, new() { Name = "Include", Exact = true }).ClickAsync();
        await Expect(amir.GetByTestId("my-decision")).ToContainTextAsync("Include", new() { IgnoreCase = true });

        var bea = await app.SignedInPage("bea");
        await bea.GotoAsync($"/studies/demo/screening?case={Case}");
        await Expect(bea.GetByTestId("others-hidden")).ToHaveTextAsync("Other coders' decisions are hidden until you record yours");
        await Expect(bea.GetByTestId("other-decision")).ToHaveCountAsync(0);

        await bea.GetByRole(AriaRole.Button, new() { Name = "Unsure", Exact = true }).ClickAsync();
        await Expect(bea.GetByTestId("other-decision")).ToContainTextAsync("Amir Haddad: Include");

        await Expect(leadPage.GetByTestId("conflict-row")).ToHaveCountAsync(1, new() { Timeout = 5000 });
        await Expect(leadPage.GetByTestId("conflict-row")).ToContainTextAsync("ACTion Glos");
    }
}
