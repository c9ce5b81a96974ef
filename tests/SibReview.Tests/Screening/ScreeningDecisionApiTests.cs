using System.Text.Json;
using Shouldly;
using SibReview.Screening;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Screening.ScreeningApi;

namespace SibReview.Tests.Screening;

/// <summary>Each test screens its own candidate, so they share the demo without seeing each other's work.</summary>
public sealed class ScreeningDecisionApiTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private async Task<(HttpClient Lead, HttpClient Amir, HttpClient Bea, string CaseId)> PairOn(int candidate)
    {
        var lead = await app.SignedInAs("lena");
        var caseId = (await Candidates(lead))[candidate];
        (await Assign(lead, [caseId], ["amir", "bea"])).EnsureSuccessStatusCode();
        return (lead, await app.SignedInAs("amir"), await app.SignedInAs("bea"), caseId);
    }

    [Fact]
    public async Task A_revision_keeps_the_earlier_decision_in_the_history_and_a_stale_one_gets_409_with_the_current_decision()
    {
        var (_, amir, _, caseId) = await PairOn(10);
        (await (await Decide(amir, caseId, "unsure", note: "no evaluation yet")).Read<ScreeningDecisionSaved>()).Decision.Version.ShouldBe(1);
        var revised = await (await Decide(amir, caseId, "include", expectedVersion: 1, revisionReason: "found the final evaluation"))
            .Read<ScreeningDecisionSaved>();
        revised.Decision.Version.ShouldBe(2);

        var stale = await Decide(amir, caseId, "exclude", "not-uk", expectedVersion: 1, revisionReason: "second thoughts");
        (await stale.ShouldBeProblem(409)).ShouldContain("version 2, not 1");
        using var problem = JsonDocument.Parse(await stale.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("current").GetProperty("verdict").GetString().ShouldBe("include");

        var history = (await CaseView(amir, caseId)).MyHistory;
        history.Select(h => (h.Version, h.Verdict, h.PreviousVerdict, h.RevisionReason)).ShouldBe(
            [(1, ScreeningVerdict.Unsure, null, null), (2, ScreeningVerdict.Include, ScreeningVerdict.Unsure, "found the final evaluation")]);
        history[0].Note.ShouldBe("no evaluation yet");
    }

    [Fact]
    public async Task Coders_who_disagree_make_a_conflict_that_the_leads_consensus_settles_and_the_status_follows()
    {
        var (lead, amir, bea, caseId) = await PairOn(11);
        (await Decide(amir, caseId, "include")).EnsureSuccessStatusCode();
        (await CaseView(lead, caseId)).Status.ShouldBe(InclusionStatus.AwaitingDecisions);
        (await Decide(bea, caseId, "exclude", "insufficient-outcome-data")).EnsureSuccessStatusCode();
        (await CaseView(lead, caseId)).Status.ShouldBe(InclusionStatus.Conflict);

        await (await Consensus(amir, caseId, "exclude", "insufficient-outcome-data")).ShouldBeProblem(403);
        var settled = await (await Consensus(lead, caseId, "exclude", "insufficient-outcome-data")).Read<ScreeningConsensusSaved>();
        settled.Consensus.By.ShouldBe("lena");

        var view = await CaseView(lead, caseId);
        (view.Status, view.ExclusionReason).ShouldBe((InclusionStatus.ConsensusExclude, "insufficient-outcome-data"));
        view.Others.Select(d => d.Verdict).ShouldBe([ScreeningVerdict.Include, ScreeningVerdict.Exclude]);
        (await Conflicts(lead)).Conflicts.Single(c => c.CaseId == caseId).Consensus!.Verdict.ShouldBe(ScreeningVerdict.Exclude);
        await (await Consensus(lead, caseId, "include", null, expectedVersion: 0)).ShouldBeProblem(409);
        var revised = await (await Consensus(lead, caseId, "include", null, expectedVersion: 1)).Read<ScreeningConsensusSaved>();
        revised.Consensus.Version.ShouldBe(2);
        (await CaseView(bea, caseId)).Status.ShouldBe(InclusionStatus.ConsensusInclude);
    }

    [Fact]
    public async Task Two_coders_deciding_the_same_case_at_once_both_keep_their_decision()
    {
        var lead = await app.SignedInAs("lena");
        var cases = (await Candidates(lead)).Skip(20).Take(8).ToArray();
        (await Assign(lead, cases, ["amir", "bea"])).EnsureSuccessStatusCode();
        var (amir, bea) = (await app.SignedInAs("amir"), await app.SignedInAs("bea"));

        var responses = await Task.WhenAll(cases.SelectMany(c => new[] { Decide(amir, c, "include"), Decide(bea, c, "include") }));

        responses.ShouldAllBe(r => r.IsSuccessStatusCode);
        foreach (var caseId in cases)
            (await CaseView(lead, caseId)).Status.ShouldBe(InclusionStatus.AgreedInclude);
    }

    [Fact]
    public async Task The_same_decision_sent_twice_at_once_is_recorded_once_and_the_other_is_told()
    {
        var (_, amir, _, caseId) = await PairOn(12);
        var responses = await Task.WhenAll(Decide(amir, caseId, "include"), Decide(amir, caseId, "include"));
        responses.Select(r => (int)r.StatusCode).Order().ShouldBe([200, 409]);
        (await CaseView(amir, caseId)).MyHistory.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Screening_decisions_appear_as_a_label_set_in_the_studys_agreement_without_naming_any_case()
    {
        var (lead, amir, bea, caseId) = await PairOn(13);
        (await Decide(amir, caseId, "include")).EnsureSuccessStatusCode();
        (await Decide(bea, caseId, "include")).EnsureSuccessStatusCode();

        using var agreement = JsonDocument.Parse(await lead.GetStringAsync("/api/studies/demo/agreement"));
        var set = agreement.RootElement.GetProperty("sets").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == "Screening decisions");
        set.GetProperty("id").GetString().ShouldBe("screening/demo");
        set.GetProperty("source").GetString().ShouldBe("screening");
        set.GetProperty("labels").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
        set.GetRawText().ShouldNotContain(caseId);
    }

    [Fact]
    public async Task A_coders_queue_lists_their_cases_with_facts_hints_their_decision_and_progress()
    {
        var (_, amir, _, caseId) = await PairOn(14);
        (await Decide(amir, caseId, "exclude", "outside-window")).EnsureSuccessStatusCode();

        var queue = await Queue(amir);
        queue.Cases.Select(c => c.Name).ShouldBe(queue.Cases.Select(c => c.Name).Order(StringComparer.OrdinalIgnoreCase));
        queue.Progress.Assigned.ShouldBe(queue.Cases.Count);
        queue.Progress.Screened.ShouldBe(queue.Cases.Count(c => c.MyDecision is not null));
        var item = queue.Cases.Single(c => c.CaseId == caseId);
        item.MyDecision!.Reason.ShouldBe("outside-window");
        item.Facts.Countries.ShouldContain("GB");
        item.Hints.Select(h => h.Criterion).ShouldBe(["country", "live-window", "distinct-documents", "outcome-data"]);
        item.Hints.Single(h => h.Criterion == "country").Passes.ShouldBe(true);
    }
}
