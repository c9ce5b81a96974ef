using Marten;
using Shouldly;
using SibReview.Coding.Judgements;
using SibReview.Reconciliation;
using SibReview.Tests.Coding.Judgements;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Coding.Judgements.JudgementsApi;
using static SibReview.Tests.Reconciliation.RoomApi;

namespace SibReview.Tests.Reconciliation;

public sealed class SettlingAThemeInARoomTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private const string Key = "theme-3";

    [Fact]
    public async Task Coders_who_judged_a_theme_differently_settle_it_in_its_room_and_the_consensus_records_the_room()
    {
        var caseId = await IncludedCase(app, 0);
        var (lead, amir, bea, chen) =
            (await app.SignedInAs("lena"), await app.SignedInAs("amir"), await app.SignedInAs("bea"), await app.SignedInAs("chen"));
        await Code(app, caseId, "amir", "amir-c1", 3);
        (await Judge(amir, caseId, 3, true, 0, strength: 2, note: "users co-designed the referral route", codingIds: ["amir-c1"]))
            .EnsureSuccessStatusCode();
        for (var theme = 1; theme <= ThemeCount; theme++)
            if (theme != 3) (await Judge(amir, caseId, theme, false, theme < 3 ? theme : theme - 1)).EnsureSuccessStatusCode();
        (await Submit(amir, caseId, ThemeCount)).EnsureSuccessStatusCode();
        await JudgeAllAndSubmit(bea, caseId, [], "consulted, not co-designed");
        (await Judge(chen, caseId, 1, true, 0)).EnsureSuccessStatusCode();

        var item = (await Queue(lead, "?kind=theme")).Entries.Single(e => e.Item.CaseId == caseId).Item;
        (item.Id, item.Key, string.Join("+", item.Coders)).ShouldBe(($"{caseId}/{Key}", Key, "amir+bea"));
        item.Positions.Single(p => p.Coder == "amir").Said.ShouldBe("present, strength 2 of 3");
        item.Positions.Single(p => p.Coder == "amir").Reason!.ShouldContain("\"co-designed\" (d1 0-12)");
        item.Positions.Single(p => p.Coder == "bea").Said.ShouldBe("absent");
        item.Evidence.ShouldHaveSingleItem().ShouldStartWith("Theme 3, ");
        (item.Weight, item.Matters.Contains("does not enter the comparison")).ShouldBe((1, true));
        (await Queue(amir, "?kind=theme")).Entries.ShouldContain(e => e.Item.Id == item.Id);
        (await chen.GetStringAsync("/api/studies/demo/reconciliation")).ShouldNotContain(caseId);
        await (await chen.GetAsync(Room(caseId, Key))).ShouldBeProblem(404);
        (await lead.GetJson<RoomView>(Room(caseId, Key)))!.Choices.ShouldBe(["present", "absent"]);

        (await (await Propose(bea, caseId, "maybe", null, "unsure", 0, key: Key)).ShouldBeProblem(400)).ShouldContain("present or absent");
        var proposed = await (await Propose(bea, caseId, "absent", null, "They consulted users; nobody co-designed.", 0, key: Key))
            .Read<RoomActed>();
        (await Endorse(amir, caseId, $"p{proposed.Version}", Key)).EnsureSuccessStatusCode();

        (await JudgementsApi.View(lead, caseId)).Consensus.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            c => c.Theme.ShouldBe(3), c => c.Present.ShouldBeFalse(), c => c.By.ShouldBe("amir"),
            c => c.Reason.ShouldContain("They consulted users; nobody co-designed."));
        await using (var session = app.Store.QuerySession())
            (await session.Events.QueryRawEventDataOnly<JudgementConsensusRecorded>().SingleAsync(c => c.CaseId == caseId)).Room
                .ShouldBe($"reconciliation/demo/{caseId}/{Key}");
        (await Queue(lead)).Entries.ShouldNotContain(e => e.Item.Id == item.Id);
        (await Queue(lead, "?settled=true&kind=theme")).Entries.Single(e => e.Item.Id == item.Id).Item.SettledAs!.ShouldStartWith("absent (");
        (await JudgementsApi.View(amir, caseId)).Mine!.Of(3)!.Present.ShouldBeTrue();
    }
}
