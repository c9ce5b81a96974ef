using Shouldly;
using SibReview.Screening;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Screening.ScreeningApi;

namespace SibReview.Tests.Screening;

public sealed class ScreeningFlowApiTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task The_demo_flow_starts_from_74_candidates_and_follows_assignment_decisions_and_consensus()
    {
        var lead = await app.SignedInAs("lena");
        var start = await Flow(lead);
        (start.Identified, start.Unassigned, start.Screened).ShouldBe((74, 74, 0));

        var assigned = await (await Assign(lead, null, ["amir", "bea", "chen"])).Read<CasesAssigned>();
        assigned.Assignments.Count.ShouldBe(148);
        (await (await Assign(lead, null, ["amir", "bea", "chen"])).Read<CasesAssigned>()).Assignments.ShouldBeEmpty();

        var clients = new Dictionary<string, HttpClient>
        {
            ["amir"] = await app.SignedInAs("amir"), ["bea"] = await app.SignedInAs("bea"), ["chen"] = await app.SignedInAs("chen"),
        };
        var cases = (await Candidates(lead)).Take(3).ToList();
        var pairs = cases.ToDictionary(c => c, c => assigned.Assignments.Where(a => a.CaseId == c).Select(a => a.Coder).ToList());
        foreach (var coder in pairs[cases[0]])
            (await Decide(clients[coder], cases[0], "include")).EnsureSuccessStatusCode();
        foreach (var coder in pairs[cases[1]])
            (await Decide(clients[coder], cases[1], "exclude", "too-few-documents")).EnsureSuccessStatusCode();
        (await Decide(clients[pairs[cases[2]][0]], cases[2], "include")).EnsureSuccessStatusCode();
        (await Decide(clients[pairs[cases[2]][1]], cases[2], "unsure")).EnsureSuccessStatusCode();

        var flow = await Flow(lead);
        (flow.Identified, flow.Unassigned, flow.AwaitingDecisions, flow.Screened, flow.Conflicts, flow.Included, flow.Assessed)
            .ShouldBe((74, 0, 71, 3, 1, 1, 1));
        flow.Excluded.Single(e => e.Reason == "too-few-documents").Count.ShouldBe(1);
        flow.Coders.Select(c => c.Coder).ShouldBe(["amir", "bea", "chen"]);
        flow.Coders.Sum(c => c.Assigned).ShouldBe(148);
        flow.Coders.Sum(c => c.Decided).ShouldBe(6);

        (await Consensus(lead, cases[2], "exclude", "insufficient-outcome-data")).EnsureSuccessStatusCode();
        var settled = await Flow(lead);
        (settled.Conflicts, settled.Excluded.Sum(e => e.Count)).ShouldBe((0, 2));

        var amirsView = await Flow(clients["amir"]);
        amirsView.Coders.ShouldHaveSingleItem().Coder.ShouldBe("amir");
        amirsView.Cases.Count(c => !c.Hidden).ShouldBe(cases.Count(c => pairs[c].Contains("amir")));
    }
}
