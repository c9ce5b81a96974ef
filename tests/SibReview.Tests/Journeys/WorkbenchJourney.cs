using Microsoft.Playwright;
using Shouldly;
using SibReview.Agreement;
using Xunit;
using static Microsoft.Playwright.Assertions;
using static SibReview.Tests.Coding.Segments.CodingApi;

namespace SibReview.Tests.Journeys;

public sealed class WorkbenchJourney(JourneyFixture app) : IClassFixture<JourneyFixture>
{
    private const string CaseId = "INDIGO-POJ-0012";
    private const string Text = "The council and the provider solved problems jointly, month after month, with the young people 👩‍⚕️ and their families.";
    private const string Payload = "<script>window.__pwned = true</script><img src=x onerror=\"window.__pwned = true\">";
    private static readonly string Workbench = $"/studies/demo/cases/{CaseId}/documents/d1/code";

    private static SegmentSpan Span(string phrase) => new(Text.IndexOf(phrase, StringComparison.Ordinal),
        Text.IndexOf(phrase, StringComparison.Ordinal) + phrase.Length);

    /// <summary>Selects the phrase in the coded text by dragging the mouse from its first character to its last.</summary>
    private static async Task SelectWithMouse(IPage page, string phrase)
    {
        var box = await page.EvaluateAsync<double[]>("""
            (phrase) => {
              const root = document.querySelector("[data-testid=coded-text]");
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.data.indexOf(phrase);
                if (at < 0) continue;
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + phrase.length);
                const rects = range.getClientRects(), first = rects[0], last = rects[rects.length - 1];
                return [first.left, first.top + first.height / 2, last.right, last.top + last.height / 2];
              }
              throw new Error("phrase not shown: " + phrase);
            }
            """, phrase);
        await page.Mouse.MoveAsync((float)box[0] + 1, (float)box[1]);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)box[2] - 1, (float)box[3], new() { Steps = 8 });
        await page.Mouse.UpAsync();
    }

    [Fact]
    public async Task A_coder_codes_by_selection_and_key_blind_to_others_and_after_both_submit_the_lead_sees_both_and_their_agreement()
    {
        await AddText(await app.SignedInAs("amir"), CaseId, Text);
        var amir = await app.SignedInPage("amir");
        var dialogs = new List<string>();
        amir.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
        await amir.GotoAsync($"/cases/{CaseId}/documents");
        await amir.GetByRole(AriaRole.Link, new() { Name = "Code text (version 1)" }).ClickAsync();
        await Expect(amir.GetByTestId("blind-note")).ToBeVisibleAsync();
        var amirsOtherWindow = await app.SignedInPage("amir");
        await amirsOtherWindow.GotoAsync(Workbench);
        var bea = await app.SignedInPage("bea");
        await bea.GotoAsync(Workbench);
        await Expect(amirsOtherWindow.GetByTestId("coding-list")).ToHaveCountAsync(0);

        await SelectWithMouse(amir, "solved problems jointly");
        await Expect(amir.GetByTestId("pending-selection")).ToContainTextAsync("“solved problems jointly”");
        await amir.Keyboard.PressAsync("2");

        var highlight = amir.Locator("[data-testid=coded-text] .coded[data-themes='2']");
        await Expect(highlight).ToHaveTextAsync("solved problems jointly");
        await Expect(amirsOtherWindow.Locator("[data-testid=coded-text] .coded[data-themes='2']")).ToHaveTextAsync("solved problems jointly");
        await amir.GetByLabel("Memo on this coding").FillAsync(Payload);
        await amir.GetByRole(AriaRole.Button, new() { Name = "Save memo" }).ClickAsync();
        await Expect(amir.GetByRole(AriaRole.Status).Filter(new() { HasText = "Memo saved." })).ToBeVisibleAsync();
        await amir.GetByRole(AriaRole.Button, new() { Name = "Submit my coding" }).ClickAsync();
        await amir.GetByRole(AriaRole.Button, new() { Name = "Yes, submit" }).ClickAsync();
        await Expect(amir.GetByTestId("submitted")).ToBeVisibleAsync();

        await bea.ReloadAsync();
        await Expect(bea.GetByTestId("blind-note")).ToContainTextAsync("1 other coder submitted so far");
        (await bea.Locator("[data-testid=coded-text] .coded").CountAsync()).ShouldBe(0);
        (await bea.ContentAsync()).ShouldNotContain("window.__pwned");
        await SelectWithMouse(bea, "month after month");
        await bea.GetByRole(AriaRole.Button, new() { Name = "2. Close partnership" }).ClickAsync();
        await Expect(bea.Locator("[data-testid=coded-text] .coded[data-themes='2']")).ToHaveTextAsync("month after month");
        await bea.GetByRole(AriaRole.Button, new() { Name = "Submit my coding" }).ClickAsync();
        await bea.GetByRole(AriaRole.Button, new() { Name = "Yes, submit" }).ClickAsync();
        await Expect(bea.GetByTestId("submitted")).ToBeVisibleAsync();

        var lena = await app.SignedInPage("lena");
        await lena.GotoAsync(Workbench);
        await lena.GetByLabel("amir", new() { Exact = true }).CheckAsync();
        await lena.Locator("[data-testid=coded-text] .coded[data-themes='2']").ClickAsync();
        var details = lena.GetByTestId("coding-details");
        await Expect(details.GetByTestId("coding-memo")).ToHaveTextAsync(Payload);
        (await details.Locator("script, img").CountAsync()).ShouldBe(0);
        await lena.GetByLabel("bea", new() { Exact = true }).CheckAsync();
        await Expect(lena.Locator("[data-testid=coded-text] .coded[data-themes='2']")).ToHaveTextAsync("month after month");
        var agreement = lena.GetByTestId("segment-agreement-table");
        await Expect(agreement.Locator("caption")).ToHaveTextAsync("amir and bea");
        var (amirs, beas) = (Span("solved problems jointly"), Span("month after month"));
        var kappa = SegmentAgreement.Compute(Text.Length, [amirs], [beas]).Kappa;
        await Expect(agreement.GetByRole(AriaRole.Row, new() { Name = "2. Close partnership" })).ToContainTextAsync(kappa.ToString("0.000"));

        var hit = Span("with the young people");
        var chen = await app.SignedInPage("chen");
        await chen.GotoAsync($"{Workbench}?start={hit.Start}&end={hit.End}");
        await Expect(chen.GetByTestId("pending-selection")).ToContainTextAsync("“with the young people”");
        await chen.Keyboard.PressAsync("3");
        await Expect(chen.Locator("[data-testid=coded-text] .coded[data-themes='3']")).ToHaveTextAsync("with the young people");

        foreach (var page in new[] { amir, lena })
            (await page.EvaluateAsync<bool>("() => window.__pwned === true")).ShouldBeFalse();
        dialogs.ShouldBeEmpty();
    }
}
