using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shouldly;
using SibReview.Cases.Catalogue;
using SibReview.Documents.Texts;
using SibReview.Tests.Documents.Texts;
using SibReview.Tests.Support;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace SibReview.Tests.Journeys;

public sealed class SearchJourney(JourneyFixture app) : IClassFixture<JourneyFixture>
{
    private const string Payload = "window.__pwned = true";

    private async Task<(string CaseId, string Text)> CaseWithText(int index, string text)
    {
        var coder = await app.SignedInAs("amir");
        var caseId = (await coder.GetJson<CatalogueResult>("/api/studies/demo/candidates"))!.Cases[index].Id;
        (await coder.PostAsync($"/api/cases/{caseId}/documents/d1/texts",
            DocumentTextTests.Form(Encoding.UTF8.GetBytes(text), "evaluation.txt", "text/plain"))).EnsureSuccessStatusCode();
        return (caseId, (await coder.GetJson<DocumentTextView>($"/api/cases/{caseId}/documents/d1/texts/1"))!.Text);
    }

    [Fact]
    public async Task A_coder_searches_an_exact_phrase_reads_it_in_context_as_text_and_opens_it_in_the_workbench()
    {
        var (caseId, text) = await CaseWithText(3, $"The panel wrote <script>{Payload}</script> about 😀 people with lived experience who " +
                                                   "co-designed the service.");
        var page = await app.SignedInPage("bea");
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
        await page.GotoAsync("/studies/demo");
        await page.GetByRole(AriaRole.Link, new() { Name = "Search", Exact = true }).ClickAsync();

        var box = page.GetByLabel("Keyword or phrase");
        await box.FillAsync("co-produc* NEAR users");
        await Expect(page.Locator("#search-q-hint")).ToContainTextAsync("needs a distance in words");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true })).ToBeDisabledAsync();
        await box.FillAsync("\"lived experience\"");
        await Expect(page.Locator("#search-q-hint")).ToHaveTextAsync("Finds exactly “lived experience”.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("search-counts")).ToHaveTextAsync("Found in 1 document of 1 case.");
        var line = page.GetByTestId("kwic-line");
        await Expect(line.Locator("mark")).ToHaveTextAsync("lived experience");
        await Expect(line).ToContainTextAsync($"<script>{Payload}</script> about 😀 people with lived experience who co-designed");
        (await page.Locator("main script").CountAsync()).ShouldBe(0);
        (await page.EvaluateAsync<bool>("() => window.__pwned === true")).ShouldBeFalse();
        dialogs.ShouldBeEmpty();
        page.Url.ShouldContain("q=%22lived+experience%22");

        await line.GetByRole(AriaRole.Link, new() { Name = "Open in workbench" }).ClickAsync();

        var start = text.IndexOf("lived experience", StringComparison.Ordinal);
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(
            $"/studies/demo/cases/{caseId}/documents/d1/code?version=1&start={start}&end={start + "lived experience".Length}") + "$"));
    }

    [Fact]
    public async Task A_coder_rejects_a_suggestion_with_a_reason_and_the_lead_sees_the_keyword_s_precision_change()
    {
        await CaseWithText(4, "The council's annual review led the partners to recalibrate the payment model.");
        var lead = await app.SignedInPage("lena");
        await lead.GotoAsync("/studies/demo/keyword-precision");
        var leadTheme8 = lead.GetByTestId("precision-all-8");
        await Expect(leadTheme8.GetByRole(AriaRole.Row, new() { Name = "recalibrat*" })).ToContainTextAsync("no decisions yet");

        var coder = await app.SignedInPage("chen");
        await coder.GotoAsync("/studies/demo/suggestions");
        await coder.GetByLabel("Theme").SelectOptionAsync("8");
        var document = coder.GetByRole(AriaRole.Article).Filter(new() { HasText = "recalibrate the payment model" });
        var suggestion = document.GetByTestId("kwic-line").Filter(new() { Has = coder.Locator("mark:text-is('recalibrate')") });
        await suggestion.GetByText("Reject…").ClickAsync();
        await suggestion.GetByLabel("Why not (optional)").FillAsync("a pricing change, not the service model");
        await suggestion.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();

        await Expect(coder.Locator("main").GetByRole(AriaRole.Status)).ToHaveTextAsync("Rejected “recalibrate”.");
        await Expect(document).ToContainTextAsync("1 decided");
        await Expect(suggestion).ToHaveCountAsync(0);
        await Expect(leadTheme8.GetByRole(AriaRole.Row, new() { Name = "recalibrat*" })).ToContainTextAsync("0% (0 of 1)");
    }
}
