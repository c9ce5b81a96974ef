using Microsoft.Playwright;
using SibReview.Tests.Reconciliation;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace SibReview.Tests.Journeys;

public sealed class ReconciliationJourney(JourneyFixture app) : IClassFixture<JourneyFixture>
{
    [Fact]
    public async Task Two_coders_settle_a_screening_conflict_in_a_room_and_the_flow_and_audit_trail_follow_while_agreement_stays_blind()
    {
        var caseId = await RoomApi.ScreeningConflict(app, 5);
        var lead = await app.SignedInPage("lena");
        await lead.GotoAsync("/studies/demo/screening");
        var flow = lead.Locator("#flow-desc");
        await Expect(flow).ToContainTextAsync("conflict", new() { IgnoreCase = true });
        var flowBefore = await flow.TextContentAsync();
        await Expect(lead.GetByTestId("screening-agreement")).ToContainTextAsync("1 unit");
        var agreementBefore = await lead.GetByTestId("screening-agreement").TextContentAsync();

        var amir = await app.SignedInPage("amir");
        await amir.GotoAsync("/studies/demo/reconciliation");
        await amir.GetByTestId("queue-item").Filter(new() { HasText = caseId }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(amir.GetByTestId("room-position")).ToHaveCountAsync(2);

        var bea = await app.SignedInPage("bea");
        await bea.GotoAsync($"/studies/demo/reconciliation/{caseId}/screening");
        await Expect(amir.GetByTestId("room-presence")).ToHaveTextAsync("In the room: Amir Haddad, Bea Lindqvist");

        await bea.GetByTestId("room-comment-input").FillAsync("<b>Two of the four are one report</b>");
        await Expect(amir.GetByTestId("room-typing")).ToContainTextAsync("Bea Lindqvist is typing");
        await bea.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await Expect(amir.GetByTestId("room-comment")).ToContainTextAsync("<b>Two of the four are one report</b>");

        await amir.GetByTestId("proposal-choice").SelectOptionAsync("exclude");
        await amir.GetByTestId("proposal-reason").SelectOptionAsync("too-few-documents");
        await amir.GetByTestId("proposal-text").FillAsync("Three distinct documents once the duplicate is merged");
        await amir.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();

        await bea.GetByRole(AriaRole.Button, new() { Name = "Endorse exclude (too-few-documents)" }).ClickAsync();
        await Expect(bea.GetByTestId("room-agreement")).ToContainTextAsync("every involved coder endorsed it");
        await Expect(amir.GetByTestId("room-agreement")).ToContainTextAsync("Agreed: exclude (too-few-documents)");

        await Expect(flow).Not.ToHaveTextAsync(flowBefore!, new() { Timeout = 5000 });
        await Expect(lead.GetByTestId("conflict-row").Filter(new() { HasText = caseId }).GetByTestId("conflict-consensus"))
            .ToContainTextAsync("Three distinct documents once the duplicate is merged");
        await Expect(lead.GetByTestId("screening-agreement")).ToHaveTextAsync(agreementBefore!);

        await lead.GotoAsync($"/studies/demo/cases/{caseId}/timeline");
        var timeline = lead.GetByTestId("timeline");
        await Expect(timeline).ToContainTextAsync("proposed in the reconciliation room: exclude (too-few-documents)");
        await Expect(timeline).ToContainTextAsync("reconciliation agreed: exclude (too-few-documents) (every involved coder endorsed it)");
        await Expect(timeline).ToContainTextAsync("screening consensus: exclude (too-few-documents)");
    }
}
