using Marten;
using Shouldly;
using SibReview.Coding.Segments;
using SibReview.Reconciliation;
using SibReview.Tests.Coding.Segments;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Coding.Segments.CodingApi;
using static SibReview.Tests.Reconciliation.RoomApi;

namespace SibReview.Tests.Reconciliation;

public sealed class SettlingAPassageInARoomTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private const string Disputed = "segment-d1-v1-t3-9-39";

    [Fact]
    public async Task Coders_who_coded_a_passage_differently_settle_it_in_its_room_and_their_own_codings_stay_as_submitted()
    {
        var (lead, amir, bea, chen) =
            (await app.SignedInAs("lena"), await app.SignedInAs("amir"), await app.SignedInAs("bea"), await app.SignedInAs("chen"));
        var caseId = await PassageDispute(app);
        await Code(chen, caseId, PassageText, 3, "Partners", 0).Saved();

        var queue = await Queue(lead, "?kind=segment");
        queue.Entries.Select(e => e.Item.Key).ShouldBe([Disputed, "segment-d1-v1-t5-21-39"]);
        queue.Themes.ShouldBe([3, 5]);
        var item = queue.Entries[0].Item;
        (string.Join("+", item.Coders), item.Theme, item.Passage!.Text).ShouldBe(("amir+bea", 3, "co-produced the referral route"));
        item.Positions.Single(p => p.Coder == "amir").ShouldSatisfyAllConditions(
            p => p.Said.ShouldBe("coded theme 3 at 9-39"), p => p.Reason.ShouldBe("\"co-produced the referral route\""));
        item.Positions.Single(p => p.Coder == "bea").Said.ShouldBe("did not code theme 3 here; coded theme 5 at 21-39 instead");
        (await Queue(lead, "?theme=5")).Entries.ShouldHaveSingleItem().Item.Key.ShouldBe("segment-d1-v1-t5-21-39");
        (await Queue(amir, "?kind=segment")).Entries.Count.ShouldBe(2);
        (await Queue(chen)).Entries.ShouldNotContain(e => e.Item.Kind == "segment");
        await (await chen.GetAsync(Room(caseId, Disputed))).ShouldBeProblem(404);

        var before = await app.EventCount();
        (await (await Propose(amir, caseId, "present", null, "the whole phrase", 0, key: Disputed, start: 5, end: 20)).ShouldBeProblem(400))
            .ShouldContain("must lie within the passage in dispute, 9-39");
        (await (await Propose(amir, caseId, "present", null, "the whole phrase", 0, key: Disputed)).ShouldBeProblem(400))
            .ShouldContain("give start and end");
        (await app.EventCount()).ShouldBe(before);
        var proposed = await (await Propose(bea, caseId, "present", null, "Only the route was co-produced.", 0, key: Disputed, start: 21,
            end: 39)).Read<RoomActed>();
        (await Endorse(amir, caseId, $"p{proposed.Version}", Disputed)).EnsureSuccessStatusCode();

        await using (var session = app.Store.QuerySession())
            (await session.Events.QueryRawEventDataOnly<SegmentConsensusRecorded>().SingleAsync(c => c.CaseId == caseId))
                .ShouldSatisfyAllConditions(
                    c => (c.Theme, c.Present, c.Start, c.End, c.Quote).ShouldBe((3, true, 21, 39, "the referral route")),
                    c => c.Room.ShouldBe($"reconciliation/demo/{caseId}/{Disputed}"),
                    c => c.Reason.ShouldEndWith("Only the route was co-produced."));
        (await Queue(lead, "?kind=segment")).Entries.ShouldHaveSingleItem().Item.Theme.ShouldBe(5);
        (await Queue(lead, "?kind=segment&settled=true")).Entries.ShouldHaveSingleItem().Item.SettledAs!
            .ShouldStartWith("present, span 21-39 (");
        (await CodingApi.View(amir, caseId)).Mine.Codings.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            c => (c.Theme, c.Start, c.End).ShouldBe((3, 9, 39)));
    }
}
