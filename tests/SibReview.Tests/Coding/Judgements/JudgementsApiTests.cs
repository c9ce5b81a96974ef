using Marten;
using Shouldly;
using SibReview.Agreement;
using SibReview.Coding.Judgements;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Coding.Judgements.JudgementsApi;

namespace SibReview.Tests.Coding.Judgements;

public sealed class JudgementsApiTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task A_coder_judges_every_theme_citing_a_coding_revises_one_with_a_reason_and_submits_the_case()
    {
        var caseId = await IncludedCase(app, 0);
        var amir = await app.SignedInAs("amir");
        await Code(app, caseId, "amir", "c-amir-1", 3);
        await Recode(app, caseId, "amir", "c-amir-1");

        var first = await (await Judge(amir, caseId, 3, true, 0, strength: 2, note: "the user panel", codingIds: ["c-amir-1"]))
            .Read<JudgementsSaved>();
        (first.Mine.Version, first.Mine.Of(3)!.CodingIds.Single(), first.Mine.Of(3)!.CodebookVersion).ShouldBe((1L, "c-amir-1", 1));
        (await Judge(amir, caseId, 3, false, 1, revisionReason: "the panel only advised")).EnsureSuccessStatusCode();
        foreach (var theme in new[] { 1, 2, 4, 5, 6, 7, 8 })
            (await Judge(amir, caseId, theme, theme < 3, theme < 3 ? theme + 1 : theme)).EnsureSuccessStatusCode();
        var submitted = await (await Submit(amir, caseId, 9)).Read<JudgementsSaved>();

        submitted.Mine.Submitted.ShouldBeTrue();
        var view = await View(amir, caseId);
        (view.Included, view.MyVersion, view.Mine!.Of(3)!.Present, view.Themes.Count).ShouldBe((true, 10L, false, ThemeCount));
        view.MyCodings.ShouldHaveSingleItem().ShouldBe(new MyCoding("c-amir-1", "d1", 1, 3, 3, 12, "designed"));
        view.MyHistory.Select(h => (h.Version, h.Theme, h.Present, h.RevisionReason)).Take(2)
            .ShouldBe([(1L, 3, true, (string?)null), (2L, 3, false, "the panel only advised")]);

        await using var session = app.Store.QuerySession();
        var labels = await session.Query<RawLabel>().Where(l => l.SetId == JudgementLabels.ThemeSetId("demo", 3) && l.Unit == caseId).ToListAsync();
        labels.ShouldHaveSingleItem().Value.ShouldBe(ThemeState.Present);
        (await session.Query<RawLabel>().CountAsync(l => l.SetId == JudgementLabels.AllThemesSetId("demo") && l.Unit.StartsWith(caseId)))
            .ShouldBe(ThemeCount);
    }

    [Fact]
    public async Task The_lead_settles_a_theme_the_submitted_coders_disagree_on_and_the_case_shows_what_the_consensus_says()
    {
        var caseId = await IncludedCase(app, 1);
        var lead = await app.SignedInAs("lena");
        await JudgeAllAndSubmit(await app.SignedInAs("amir"), caseId, [1, 2]);
        await JudgeAllAndSubmit(await app.SignedInAs("bea"), caseId, [1]);

        var before = await View(lead, caseId);
        before.Verdicts.Take(3).Select(v => v.State).ShouldBe([ThemeState.Present, ThemeState.Disagreement, ThemeState.Absent]);
        before.Others.Select(o => o.Coder).ShouldBe(["amir", "bea"]);

        var saved = await (await Consensus(lead, caseId, 2, true, "both partners' reports describe joint problem solving", 0))
            .Read<JudgementConsensusSaved>();
        saved.ShouldBe(new JudgementConsensusSaved(caseId, 1, saved.Consensus));
        var after = await View(lead, caseId);
        (after.Verdicts[1], after.ConsensusVersion).ShouldBe((new ThemeVerdict(2, ThemeState.Present, true), 1L));
        after.Consensus.ShouldHaveSingleItem().Reason.ShouldBe("both partners' reports describe joint problem solving");
    }

    [Fact]
    public async Task Every_refusal_is_a_problem_that_names_what_to_fix_and_writes_nothing()
    {
        var caseId = await IncludedCase(app, 2);
        var notIncluded = (await Screening.ScreeningApi.Candidates(await app.SignedInAs("lena")))[3];
        var (amir, bea, lead, olive) = (await app.SignedInAs("amir"), await app.SignedInAs("bea"), await app.SignedInAs("lena"),
            await app.SignedInAs("olive"));
        await Code(app, caseId, "bea", "c-bea-1", 3);
        await Code(app, caseId, "amir", "c-amir-2", 2);
        await Code(app, caseId, "amir", "c-amir-3", 3);
        await Uncode(app, caseId, "amir", "c-amir-3");
        (await Judge(amir, caseId, 1, true, 0)).EnsureSuccessStatusCode();
        var events = await app.EventCount();

        (await (await Judge(amir, caseId, 99, true, 1)).ShouldBeProblem(400)).ShouldStartWith("There is no theme 99 in the codebook");
        (await (await Judge(amir, caseId, 2, true, 1, strength: 5)).ShouldBeProblem(400))
            .ShouldBe("strength must be a whole number from 0 to 3; got 5.");
        (await (await Judge(amir, caseId, 3, true, 1, codingIds: ["c-nowhere"])).ShouldBeProblem(400)).ShouldContain("no coding 'c-nowhere' of yours");
        (await (await Judge(amir, caseId, 3, true, 1, codingIds: ["c-bea-1"])).ShouldBeProblem(400)).ShouldContain("no coding 'c-bea-1' of yours");
        (await (await Judge(amir, caseId, 3, true, 1, codingIds: ["c-amir-3"])).ShouldBeProblem(400)).ShouldContain("no coding 'c-amir-3' of yours");
        (await (await Judge(amir, caseId, 3, true, 1, codingIds: ["c-amir-2"])).ShouldBeProblem(400)).ShouldContain("is coded to theme 2");
        (await (await Judge(amir, caseId, 2, true, 0)).ShouldBeProblem(409)).ShouldContain("at version 1, not 0");
        (await (await Judge(amir, caseId, 1, false, 1)).ShouldBeProblem(400)).ShouldContain("Say why you revise");
        (await (await Judge(olive, caseId, 1, true, 0)).ShouldBeProblem(403)).ShouldContain("Observers may read the study");
        (await (await Judge(amir, notIncluded, 1, true, 0)).ShouldBeProblem(400)).ShouldContain("not included in this study");
        await (await Judge(amir, "INDIGO-POJ-9999", 1, true, 0)).ShouldBeProblem(404);
        await (await amir.PostAsync("/api/studies/nope/cases/x/judgements", Json(new { theme = 1, present = true }))).ShouldBeProblem(404);
        (await (await Submit(amir, caseId, 1)).ShouldBeProblem(400)).ShouldContain("Judge every active theme before you submit: 2");
        (await (await Submit(bea, caseId, 0)).ShouldBeProblem(400)).ShouldContain("1 (\"Vision and values first\")");
        (await (await Consensus(lead, caseId, 1, true, "read together", 0)).ShouldBeProblem(400)).ShouldContain("do not disagree");
        await (await Consensus(amir, caseId, 1, true, "read together", 0)).ShouldBeProblem(403);

        (await app.EventCount()).ShouldBe(events);
    }

    [Fact]
    public async Task Of_two_windows_judging_at_once_one_wins_and_the_other_is_told_to_look_again()
    {
        var caseId = await IncludedCase(app, 4);
        var (window1, window2) = (await app.SignedInAs("amir"), await app.SignedInAs("amir"));
        var events = await app.EventCount();

        var answers = await Task.WhenAll(Judge(window1, caseId, 1, true, 0), Judge(window2, caseId, 2, false, 0));

        answers.Select(a => (int)a.StatusCode).Order().ShouldBe([200, 409]);
        (await app.EventCount()).ShouldBe(events + 1);
        var mine = (await View(window1, caseId)).Mine!;
        (mine.Version, mine.Themes.Count).ShouldBe((1L, 1));
    }

    private static StringContent Json(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
