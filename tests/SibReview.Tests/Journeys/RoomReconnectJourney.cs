using Microsoft.Playwright;
using Shouldly;
using SibReview.Tests.Reconciliation;
using SibReview.Tests.Support;
using Xunit;
using static Microsoft.Playwright.Assertions;
using static SibReview.Tests.Reconciliation.RoomApi;

namespace SibReview.Tests.Journeys;

public sealed class RoomReconnectJourney(JourneyFixture app) : IClassFixture<JourneyFixture>
{
    /// <summary>Long enough for the page's reconnect backoff (0.5, 1, 2, 4 s) to reach a restored network.</summary>
    private static readonly LocatorAssertionsToHaveTextOptions Reconnected = new() { Timeout = 10_000 };

    [Fact]
    public async Task A_coder_whose_network_drops_sees_the_room_reconnect_keeps_her_draft_and_gets_everything_said_meanwhile_once_in_order_without_reloading()
    {
        var caseId = await ScreeningConflict(app, 0);
        var amir = await app.SignedInAs("amir");
        await using var network = new NetworkBlip(app.Address);
        var bea = await app.SignedInPage("bea", through: network.Address);
        await bea.GotoAsync($"/studies/demo/reconciliation/{caseId}/screening");
        var status = bea.GetByTestId("room-status");
        var discussion = bea.GetByRole(AriaRole.Region, new() { Name = "Discussion" });
        var comments = discussion.GetByTestId("room-comment").Locator("p");
        await Expect(status).ToHaveTextAsync("Connection: connected · room version 0");
        (await Comment(amir, caseId, "Before the cut: two of the four are one report")).EnsureSuccessStatusCode();
        await Expect(comments).ToHaveTextAsync(["Before the cut: two of the four are one report"]);
        await bea.EvaluateAsync("() => { window.sameDocument = true; }");

        network.Cut();
        await Expect(status).ToContainTextAsync("Connection: reconnecting");
        (await Comment(amir, caseId, "Missed 1: the evaluation is a separate document")).EnsureSuccessStatusCode();
        (await Comment(amir, caseId, "Missed 2: so is the academic article")).EnsureSuccessStatusCode();
        (await Propose(amir, caseId, "include", null, "Four distinct documents after merging duplicates", 0)).EnsureSuccessStatusCode();
        (await Comment(amir, caseId, "Missed 3: please endorse")).EnsureSuccessStatusCode();
        await Expect(comments).ToHaveCountAsync(1);
        var draft = bea.GetByTestId("room-comment-input");
        await draft.FillAsync("Bea: I will check the register first");
        await bea.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await Expect(discussion.GetByRole(AriaRole.Alert)).ToContainTextAsync("Could not reach the SibReview server");
        await Expect(draft).ToHaveValueAsync("Bea: I will check the register first");
        network.Restore();

        await Expect(status).ToHaveTextAsync("Connection: connected · room version 5", Reconnected);
        await Expect(comments).ToHaveTextAsync([
            "Before the cut: two of the four are one report", "Missed 1: the evaluation is a separate document",
            "Missed 2: so is the academic article", "Missed 3: please endorse"]);
        await Expect(bea.GetByTestId("room-proposal")).ToHaveCountAsync(1);
        await Expect(bea.GetByTestId("room-proposal")).ToContainTextAsync("Four distinct documents after merging duplicates");

        await bea.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await Expect(draft).ToBeEmptyAsync();
        await Expect(discussion.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        (await Comment(amir, caseId, "After the reconnect: thank you")).EnsureSuccessStatusCode();
        await Expect(comments).ToHaveTextAsync([
            "Before the cut: two of the four are one report", "Missed 1: the evaluation is a separate document",
            "Missed 2: so is the academic article", "Missed 3: please endorse", "Bea: I will check the register first",
            "After the reconnect: thank you"]);
        await Expect(status).ToHaveTextAsync("Connection: connected · room version 7");
        (await bea.EvaluateAsync<bool>("() => window.sameDocument === true")).ShouldBeTrue("the page was reloaded");
    }

    [Fact]
    public async Task A_room_opened_while_its_live_connection_cannot_start_keeps_trying_and_goes_live_with_what_was_said_meanwhile()
    {
        var caseId = await ScreeningConflict(app, 1);
        var amir = await app.SignedInAs("amir");
        var bea = await app.SignedInPage("bea");
        await bea.GotoAsync("/studies/demo/reconciliation");
        await Expect(bea.GetByTestId("live-status")).ToHaveAttributeAsync("data-state", "connected");

        // The page and its data load, but every new hub connection fails (the study's own one is already up).
        const string hubStart = "**/hubs/review/negotiate*";
        await bea.RouteAsync(hubStart, route => route.AbortAsync("connectionreset"));
        await bea.GetByTestId("queue-item").Filter(new() { HasText = caseId }).GetByRole(AriaRole.Link).ClickAsync();
        var status = bea.GetByTestId("room-status");
        await Expect(status).ToContainTextAsync("Connection: reconnecting");
        (await Comment(amir, caseId, "Said while bea could not connect")).EnsureSuccessStatusCode();
        await bea.UnrouteAsync(hubStart);

        await Expect(status).ToHaveTextAsync("Connection: connected · room version 1", Reconnected);
        await Expect(bea.GetByTestId("room-comment").Locator("p")).ToHaveTextAsync(["Said while bea could not connect"]);
        (await Comment(amir, caseId, "And now live")).EnsureSuccessStatusCode();
        await Expect(bea.GetByTestId("room-comment").Locator("p")).ToHaveTextAsync(["Said while bea could not connect", "And now live"]);
    }
}
