using Shouldly;
using SibReview.Audit;
using SibReview.Reconciliation;
using SibReview.Screening;
using SibReview.Tests.Screening;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Reconciliation.RoomApi;

namespace SibReview.Tests.Reconciliation;

public sealed class SettlingInARoomTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task Two_coders_agreeing_in_a_room_record_the_consensus_and_leave_their_blind_decisions_untouched()
    {
        var caseId = await ScreeningConflict(app, 0);
        var (lead, amir, bea) = (await app.SignedInAs("lena"), await app.SignedInAs("amir"), await app.SignedInAs("bea"));
        (await Queue(lead, "?kind=screening")).Entries.ShouldContain(e => e.Item.CaseId == caseId);

        (await Comment(amir, caseId, "Two of my four are the same report.")).EnsureSuccessStatusCode();
        var proposed = await (await Propose(amir, caseId, "exclude", "too-few-documents", "Three distinct documents once merged", 1))
            .Read<RoomActed>();
        var agreed = await (await Endorse(bea, caseId, $"p{proposed.Version}")).Read<RoomActed>();

        agreed.Version.ShouldBe(proposed.Version + 2);
        var status = (await ScreeningApi.CaseView(lead, caseId)).Status;
        status.ShouldBe(InclusionStatus.ConsensusExclude);
        (await ScreeningApi.Conflicts(lead)).Conflicts.Single(c => c.CaseId == caseId).Consensus!.Note!
            .ShouldContain("Three distinct documents once merged");
        (await ScreeningApi.CaseView(amir, caseId)).MyDecision!.Verdict.ShouldBe(ScreeningVerdict.Include);
        (await Queue(lead)).Entries.ShouldNotContain(e => e.Item.CaseId == caseId);
        (await Queue(lead, "?settled=true")).Entries.Single(e => e.Item.CaseId == caseId).Item.SettledAs.ShouldBe("exclude (too-few-documents)");

        var timeline = (await lead.GetJson<CaseTimelineView>($"/api/studies/demo/cases/{caseId}/timeline"))!;
        timeline.Entries.Select(e => e.What).ShouldContain("proposed in the reconciliation room: exclude (too-few-documents)");
        timeline.Entries.Select(e => e.What).ShouldContain("reconciliation agreed: exclude (too-few-documents) (every involved coder endorsed it)");
        timeline.Entries[^1].InclusionAfter.ShouldBe(InclusionStatus.ConsensusExclude);
    }

    [Fact]
    public async Task The_queue_shows_a_coder_only_the_disagreements_they_are_part_of()
    {
        var mine = await ScreeningConflict(app, 1, "amir", "chen");
        var notMine = await ScreeningConflict(app, 2, "bea", "chen");
        var (amir, lead, olive) = (await app.SignedInAs("amir"), await app.SignedInAs("lena"), await app.SignedInAs("olive"));

        var amirSees = await Queue(amir);
        amirSees.Entries.Select(e => e.Item.CaseId).ShouldContain(mine);
        amirSees.Entries.Select(e => e.Item.CaseId).ShouldNotContain(notMine);
        (await amir.GetStringAsync("/api/studies/demo/reconciliation")).ShouldNotContain(notMine);
        await (await amir.GetAsync(Room(notMine))).ShouldBeProblem(404);
        await (await amir.GetAsync($"{Room(notMine)}/events?since=0")).ShouldBeProblem(404);
        foreach (var watcher in new[] { lead, olive })
            (await Queue(watcher)).Entries.Select(e => e.Item.CaseId).ShouldContain(notMine);
    }

    [Fact]
    public async Task The_queue_filters_by_coder_pair_and_kind_and_counts_what_each_kind_would_show()
    {
        var caseId = await ScreeningConflict(app, 3, "chen", "amir");
        var lead = await app.SignedInAs("lena");
        var byPair = await Queue(lead, "?coders=amir%2Bchen");
        byPair.Entries.ShouldAllBe(e => e.Item.Coders.Contains("amir") && e.Item.Coders.Contains("chen"));
        byPair.Entries.ShouldContain(e => e.Item.CaseId == caseId);
        byPair.Counts.Single(c => c.Kind == "screening").Open.ShouldBe(byPair.Entries.Count);
        (await Queue(lead, "?kind=outcome")).Entries.ShouldBeEmpty();
        await (await lead.GetAsync("/api/studies/demo/reconciliation?kind=themes")).ShouldBeProblem(400);
    }

    [Fact]
    public async Task A_bad_proposal_is_a_problem_and_writes_nothing()
    {
        var caseId = await ScreeningConflict(app, 4);
        var amir = await app.SignedInAs("amir");
        var before = await app.EventCount();
        (await (await Propose(amir, caseId, "exclude", null, "no reason", 0)).ShouldBeProblem(400)).ShouldContain("An exclusion needs a reason");
        (await (await Comment(amir, caseId, "  ")).ShouldBeProblem(400)).ShouldContain("Write a comment");
        (await (await Endorse(amir, caseId, "p9")).ShouldBeProblem(404)).ShouldContain("no proposal 'p9'");
        (await app.EventCount()).ShouldBe(before);
    }
}
