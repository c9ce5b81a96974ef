using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Shouldly;
using SibReview.Reconciliation;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Reconciliation.RoomApi;

namespace SibReview.Tests.Reconciliation;

/// <summary>
/// Several real SignalR clients over WebSockets in rooms: presence, typing, order, conflicts, and catching up after the network
/// under a connection is cut.
/// </summary>
public sealed class RoomLiveTests(KestrelDemoFixture app) : IClassFixture<KestrelDemoFixture>
{
    private async Task<(HubConnection Connection, Listener Listener)> Enter(string user, string caseId)
    {
        var connection = await app.LiveAs(user);
        var listener = new Listener(connection);
        await connection.InvokeAsync<RoomPeople>("JoinRoom", "demo", caseId, "screening");
        return (connection, listener);
    }

    [Fact]
    public async Task Everyone_in_a_room_sees_who_is_there_and_who_is_typing_and_sees_a_participant_leave()
    {
        var caseId = await ScreeningConflict(app, 0);
        var (amir, amirHears) = await Enter("amir", caseId);
        var (bea, _) = await Enter("bea", caseId);

        (await Listener.Next(amirHears.Presence, p => p.People.Count == 2)).People.ShouldBe(["amir", "bea"]);
        await bea.InvokeAsync("Typing", "demo", caseId, "screening");
        (await Listener.Next(amirHears.Typing)).Person.ShouldBe("bea");

        await bea.DisposeAsync();
        (await Listener.Next(amirHears.Presence, p => p.People.Count == 1)).People.ShouldBe(["amir"]);
        await amir.DisposeAsync();
    }

    [Fact]
    public async Task A_coder_not_involved_in_the_disagreement_cannot_enter_its_room()
    {
        var caseId = await ScreeningConflict(app, 1);
        await using var chen = await app.LiveAs("chen");
        (await Should.ThrowAsync<HubException>(() => chen.InvokeAsync<RoomPeople>("JoinRoom", "demo", caseId, "screening")))
            .Message.ShouldContain("that you may see");
        await (await (await app.SignedInAs("chen")).GetAsync(Room(caseId))).ShouldBeProblem(404);
    }

    [Fact]
    public async Task Messages_from_two_coders_acting_at_once_reach_the_lead_once_each_in_version_order()
    {
        var caseId = await ScreeningConflict(app, 2);
        var (lead, leadHears) = await Enter("lena", caseId);
        var (amir, bea) = (await app.SignedInAs("amir"), await app.SignedInAs("bea"));

        var posts = Enumerable.Range(1, 10).Select(i => Comment(i % 2 == 0 ? amir : bea, caseId, $"point {i}")).ToList();
        foreach (var response in await Task.WhenAll(posts)) response.EnsureSuccessStatusCode();

        var received = new List<RoomMessage>();
        for (var i = 0; i < 10; i++) received.Add(await Listener.Next(leadHears.Messages));
        received.Select(m => m.Version).ShouldBe(Enumerable.Range(1, 10).Select(v => (long)v));
        received.Select(TextOf).Order().ShouldBe(Enumerable.Range(1, 10).Select(i => $"point {i}").Order());
        leadHears.Messages.Reader.TryRead(out _).ShouldBeFalse();
        await lead.DisposeAsync();
    }

    [Fact]
    public async Task Of_two_proposals_made_at_once_one_wins_and_the_other_gets_the_fresh_state_and_its_own_text_back()
    {
        var caseId = await ScreeningConflict(app, 3);
        var (amir, bea) = (await app.SignedInAs("amir"), await app.SignedInAs("bea"));
        var before = await EventCount();

        var answers = await Task.WhenAll(
            Propose(amir, caseId, "include", null, "amir: the two reports differ", 0),
            Propose(bea, caseId, "exclude", "too-few-documents", "bea: the two reports are one", 0));

        answers.Count(a => a.IsSuccessStatusCode).ShouldBe(1);
        var loser = answers.Single(a => !a.IsSuccessStatusCode);
        await loser.ShouldBeProblem(409);
        using var problem = JsonDocument.Parse(await loser.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("yours").GetProperty("text").GetString()!.ShouldEndWith("the two reports " +
            (loser == answers[0] ? "differ" : "are one"));
        problem.RootElement.GetProperty("current").GetProperty("proposals").GetArrayLength().ShouldBe(1);
        (await EventCount()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task A_cut_connection_reconnects_by_itself_and_catches_up_on_everything_it_missed_once_each_in_order()
    {
        var caseId = await ScreeningConflict(app, 4);
        var (amirHttp, beaHttp) = (await app.SignedInAs("amir"), await app.SignedInAs("bea"));
        await using var network = new NetworkBlip(app.Address);
        await using var bea = await app.LiveAs("bea", network.Address);
        var beaHears = new Listener(bea);
        await bea.InvokeAsync<RoomPeople>("JoinRoom", "demo", caseId, "screening");
        (await Comment(amirHttp, caseId, "before the cut")).EnsureSuccessStatusCode();
        var lastSeen = (await Listener.Next(beaHears.Messages)).Version;

        var dropped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bea.Reconnecting += _ =>
        {
            dropped.TrySetResult();
            return Task.CompletedTask;
        };
        var caughtUp = new TaskCompletionSource<IReadOnlyList<RoomMessage>>(TaskCreationOptions.RunContinuationsAsynchronously);
        bea.Reconnected += async _ =>
        {
            // What the browser does after any reconnect: join the room again, then fetch what came after the last version held.
            try
            {
                await bea.InvokeAsync<RoomPeople>("JoinRoom", "demo", caseId, "screening");
                caughtUp.TrySetResult(await Since(beaHttp, caseId, lastSeen));
            }
            catch (Exception e)
            {
                caughtUp.TrySetException(e);
            }
        };

        network.Cut();
        await dropped.Task.WaitAsync(TimeSpan.FromSeconds(10));
        foreach (var i in Enumerable.Range(1, 3)) (await Comment(amirHttp, caseId, $"missed {i}")).EnsureSuccessStatusCode();
        network.Restore();
        var missed = await caughtUp.Task.WaitAsync(TimeSpan.FromSeconds(10));
        (await Comment(amirHttp, caseId, "after the reconnect")).EnsureSuccessStatusCode();
        var live = await Listener.Next(beaHears.Messages);

        missed.Select(TextOf).ShouldBe(["missed 1", "missed 2", "missed 3"]);
        missed.Select(m => m.Version).ShouldBe([lastSeen + 1, lastSeen + 2, lastSeen + 3]);
        (TextOf(live), live.Version).ShouldBe(("after the reconnect", lastSeen + 4));
        beaHears.Messages.Reader.TryRead(out _).ShouldBeFalse();
    }

    private Task<long> EventCount() => app.EventCount();
}
