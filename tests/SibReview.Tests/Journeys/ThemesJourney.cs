using Microsoft.Playwright;
using Shouldly;
using SibReview.Tests.Coding.Judgements;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace SibReview.Tests.Journeys;

public sealed class ThemesJourney(JourneyFixture app) : IClassFixture<JourneyFixture>
{
    [Fact]
    public async Task The_lead_watching_the_heatmap_sees_a_case_change_when_a_coder_submits_their_judgements()
    {
        var caseId = await JudgementsApi.IncludedCase(app, 0);
        var amir = await app.SignedInAs("amir");
        for (var theme = 2; theme <= JudgementsApi.ThemeCount; theme++)
            (await JudgementsApi.Judge(amir, caseId, theme, false, theme - 2)).EnsureSuccessStatusCode();

        var lead = await app.SignedInPage("lena");
        await lead.GotoAsync("/studies/demo/themes");
        var cell = lead.GetByTestId($"cell-{caseId}-1");
        await Expect(cell).ToHaveAttributeAsync("data-state", "unjudged");

        var coder = await app.SignedInPage("amir");
        await coder.GotoAsync($"/studies/demo/judgements/{caseId}");
        var theme1 = coder.GetByTestId("judgement-theme-1");
        await theme1.GetByLabel("Present", new() { Exact = true }).CheckAsync();
        await theme1.GetByLabel("Strength").SelectOptionAsync("2");
        await theme1.GetByLabel("Note").FillAsync("<script>window.judged = true</script> the user panel");
        await theme1.GetByRole(AriaRole.Button, new() { Name = "Record judgement" }).ClickAsync();
        await Expect(coder.GetByTestId("my-judgement-1")).ToContainTextAsync("Present, strength 2 · <script>");
        (await coder.EvaluateAsync<bool>("() => window.judged === undefined")).ShouldBeTrue();
        await Expect(coder.GetByTestId("judgements-progress")).ToContainTextAsync("8 of 8 themes judged");
        await coder.GetByRole(AriaRole.Button, new() { Name = "Submit my judgements of this case" }).ClickAsync();
        await Expect(coder.GetByTestId("judgements-submitted")).ToBeVisibleAsync();

        await Expect(cell).ToHaveAttributeAsync("data-state", "present");
        await Expect(lead.GetByTestId($"cell-{caseId}-2")).ToHaveAttributeAsync("data-state", "absent");
        await Expect(lead.GetByTestId("prevalence-table")).ToBeVisibleAsync();
    }
}
