using Microsoft.Playwright;
using Shouldly;
using SibReview.Demo;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace SibReview.Tests.Journeys;

public sealed class ReplayJourney(JourneyFixture app) : IClassFixture<JourneyFixture>
{
    [Fact]
    public async Task Moving_the_tolerance_slider_and_the_documents_minimum_shows_which_SIBs_flip_without_changing_the_study()
    {
        await DemoScreening.EnsureAsync(app.Store, DateTimeOffset.UtcNow, CancellationToken.None);
        await DemoOutcomes.EnsureAsync(app.Store, DateTimeOffset.UtcNow, CancellationToken.None);
        var before = await app.EventCount();

        var page = await app.SignedInPage("olive");
        await page.GotoAsync("/studies/demo/replay");
        await Expect(page.GetByTestId("sweep-chart")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("flipped-case")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("replay-theme-1")).ToContainTextAsync("Vision and values first");

        await page.GetByLabel("Tolerance", new() { Exact = true }).FillAsync("0.15");

        await Expect(page.GetByTestId("flipped-case").Filter(new() { HasText = "Fostering Better Outcomes" }))
            .ToContainTextAsync("Struggling→ Successful");

        // Few demo SIBs have five distinct eligible documents in their registers: raising the minimum drops cases.
        await page.GetByLabel("Minimum distinct documents for inclusion").FillAsync("5");
        await Expect(page.GetByTestId("flipped-case").Filter(new() { HasText = "→ Not included" }).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Replayed (15%, ≥ 5 documents)" })).ToBeVisibleAsync();
        (await app.EventCount()).ShouldBe(before);
    }
}
