using Microsoft.Playwright;
using SibReview.Tests.Reconciliation;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace SibReview.Tests.Journeys;

public sealed class PassageReconciliationJourney(JourneyFixture app) : IClassFixture<JourneyFixture>
{
    [Fact]
    public async Task Two_coders_settle_a_disputed_passage_by_choosing_its_span_in_the_room()
    {
        var caseId = await RoomApi.PassageDispute(app);
        var bea = await app.SignedInPage("bea");
        await bea.GotoAsync("/studies/demo/reconciliation");
        await bea.GetByTestId("queue-theme").SelectOptionAsync("3");
        await bea.GetByTestId("queue-kind").SelectOptionAsync("segment");
        var item = bea.GetByTestId("queue-item");
        await Expect(item).ToHaveCountAsync(1);
        await item.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(bea.GetByTestId("room-position").Filter(new() { HasText = "Bea Lindqvist" }))
            .ToContainTextAsync("did not code theme 3 here; coded theme 5 at 21-39 instead");

        await bea.GetByTestId("proposal-choice").SelectOptionAsync("present");
        var passage = bea.GetByTestId("proposal-passage");
        await Expect(passage.Locator("mark")).ToHaveTextAsync("co-produced the referral route");
        await passage.EvaluateAsync("""
            p => {
              const text = p.querySelector("mark").firstChild;
              const range = document.createRange();
              range.setStart(text, 12);
              range.setEnd(text, 30);
              getSelection().removeAllRanges();
              getSelection().addRange(range);
              p.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
            }
            """);
        await Expect(passage.Locator("mark")).ToHaveTextAsync("the referral route");
        await Expect(bea.GetByTestId("proposal-start")).ToHaveValueAsync("21");
        await bea.GetByTestId("proposal-text").FillAsync("Only the referral route was co-produced");
        await bea.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();

        var amir = await app.SignedInPage("amir");
        await amir.GotoAsync($"/studies/demo/reconciliation/{caseId}/segment-d1-v1-t3-9-39");
        await Expect(amir.GetByTestId("proposal-span-words")).ToHaveTextAsync("the referral route");
        await amir.GetByRole(AriaRole.Button, new() { Name = "Endorse present, span 21-39" }).ClickAsync();
        await Expect(amir.GetByTestId("room-agreement")).ToContainTextAsync("Agreed: present, span 21-39");
        await Expect(bea.GetByTestId("room-agreement")).ToContainTextAsync("every involved coder endorsed it");

        await amir.GotoAsync($"/studies/demo/cases/{caseId}/documents/d1/code");
        await Expect(amir.GetByTestId("disputed-passage")).ToHaveTextAsync([
            "Theme 3, 9-39: “co-produced the referral route” · settled: present, span 21-39 (Agreed in reconciliation " +
            "(every involved coder endorsed it): Only the referral route was co-produced)",
            "Theme 5, 21-39: “the referral route” · open"]);

        await amir.GotoAsync($"/studies/demo/cases/{caseId}/timeline");
        await Expect(amir.GetByTestId("timeline")).ToContainTextAsync("reconciliation agreed: present, span 21-39");
    }
}
