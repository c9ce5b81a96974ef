using System.Net.Http.Json;
using Microsoft.Playwright;
using Shouldly;
using SibReview.Studies;
using SibReview.Tests.Support;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace SibReview.Tests.Journeys;

public sealed class CodebookJourney(JourneyFixture app) : IClassFixture<JourneyFixture>
{
    [Fact]
    public async Task The_lead_adds_a_keyword_with_a_reason_a_coder_sees_it_live_and_reads_the_codebook_as_it_was()
    {
        var coder = await app.SignedInPage("amir");
        await coder.GotoAsync("/studies/demo/codebook");
        await Expect(coder.GetByTestId("codebook-version")).ToContainTextAsync("Version 1 of 1");
        await Expect(coder.GetByText("Revise, move or retire theme 3")).ToHaveCountAsync(0);

        var lead = await app.SignedInPage("lena");
        await lead.GotoAsync("/studies/demo");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Codebook" }).ClickAsync();
        var theme3 = lead.GetByTestId("theme-3");
        await theme3.GetByText("Revise, move or retire theme 3").ClickAsync();
        var keywords = theme3.GetByLabel("Keywords for auto-coding");
        await keywords.FillAsync(await keywords.InputValueAsync() + "\ncitizen panel*");
        await Expect(theme3.Locator(".keyword-hints")).ToContainTextAsync("“citizen panel…” in this order, in any form");
        await theme3.GetByLabel("Reason for the revision").FillAsync("panels found in two evaluations");
        await theme3.GetByRole(AriaRole.Button, new() { Name = "Save theme 3" }).ClickAsync();

        await Expect(lead.GetByTestId("codebook-version")).ToContainTextAsync("Version 2 of 2");
        await Expect(lead.GetByTestId("codebook-history")).ToContainTextAsync("panels found in two evaluations");
        await Expect(coder.GetByTestId("codebook-version")).ToContainTextAsync("Version 2 of 2");
        await Expect(coder.GetByLabel("Keywords of theme 3")).ToContainTextAsync("citizen panel*");

        await coder.GetByLabel("Version shown").SelectOptionAsync("1");
        await Expect(coder.GetByTestId("earlier-version")).ToContainTextAsync("You are reading version 1");
        await Expect(coder.GetByLabel("Keywords of theme 3")).Not.ToContainTextAsync("citizen panel*");
    }

    [Fact]
    public async Task A_theme_written_like_HTML_is_shown_as_text()
    {
        var leadApi = await app.SignedInAs("chen");
        var study = await (await leadApi.PostAsJsonAsync("/api/studies", new { name = "Markup", question = "Q?" }))
            .Read<StudyCreatedResponse>();
        const string payload = "<img src=x onerror=\"document.title='pwned'\">";
        (await leadApi.PostAsJsonAsync($"/api/studies/{study.Id}/codebook/themes", new
        {
            name = payload, definition = $"<script>document.title='pwned'</script>", reason = "markup test", expectedVersion = 1,
        })).EnsureSuccessStatusCode();

        var page = await app.SignedInPage("chen");
        await page.GotoAsync($"/studies/{study.Id}/codebook");
        var theme = page.GetByTestId("theme-9");
        await Expect(theme.GetByRole(AriaRole.Heading)).ToHaveTextAsync(payload);
        (await theme.Locator("img, script").CountAsync()).ShouldBe(0);
        (await page.TitleAsync()).ShouldNotBe("pwned");
    }
}
