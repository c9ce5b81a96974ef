using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Shouldly;
using SibReview.Coding.Judgements;
using SibReview.Coding.Prevalence;
using SibReview.Live;
using SibReview.Tests.Agreement;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Coding.Judgements.JudgementsApi;

namespace SibReview.Tests.Coding.Judgements;

public sealed class BlindJudgementTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private const string Secret = "only-amir-knows-this";

    private static async Task<HeatmapCase> RowOf(HttpClient client, string caseId) =>
        (await client.GetJson<ThemePrevalence>("/api/studies/demo/themes/prevalence"))!.Cases.Single(c => c.CaseId == caseId);

    [Fact]
    public async Task A_coder_sees_nothing_of_another_coders_judgements_until_submitting_and_the_lead_sees_only_submitted_ones()
    {
        var caseId = await IncludedCase(app, 0);
        var (amir, bea, lead, olive) = (await app.SignedInAs("amir"), await app.SignedInAs("bea"), await app.SignedInAs("lena"),
            await app.SignedInAs("olive"));
        (await Judge(amir, caseId, 1, true, 0, note: Secret)).EnsureSuccessStatusCode();

        (await View(lead, caseId)).Others.ShouldBeEmpty();
        (await EverythingSeenBy(lead, caseId)).ShouldNotContain(Secret);

        for (var theme = 2; theme <= ThemeCount; theme++) (await Judge(amir, caseId, theme, false, theme - 1)).EnsureSuccessStatusCode();
        (await Submit(amir, caseId, ThemeCount)).EnsureSuccessStatusCode();

        var blind = await View(bea, caseId);
        (blind.OthersHidden, blind.OtherCoders, blind.Others.Count, blind.Verdicts.Count, blind.Mine).ShouldBe((true, 1, 0, 0, null));
        (await EverythingSeenBy(bea, caseId)).ShouldNotContain(Secret);
        (await RowOf(bea, caseId)).Cells.Select(c => c.State).Distinct().ShouldBe([ThemeState.Hidden]);
        (await RowOf(bea, caseId)).MyProgress.ShouldBe(ThemePrevalence.NotStarted);

        (await View(lead, caseId)).Others.ShouldHaveSingleItem().Of(1)!.Note.ShouldBe(Secret);
        (await View(olive, caseId)).Verdicts[0].State.ShouldBe(ThemeState.Present);
        (await RowOf(lead, caseId)).Cells[0].State.ShouldBe(ThemeState.Present);

        await JudgeAllAndSubmit(bea, caseId, []);

        var seen = await View(bea, caseId);
        (seen.OthersHidden, seen.Verdicts[0].State).ShouldBe((false, ThemeState.Disagreement));
        seen.Others.ShouldHaveSingleItem().Of(1)!.Note.ShouldBe(Secret);
        (await RowOf(bea, caseId)).MyProgress.ShouldBe(ThemePrevalence.Submitted);
    }

    private static Task<(int Labels, int PairUnits)> ThemeThreeAgreement(HttpClient client) =>
        AgreementSets.Of(client, JudgementLabels.ThemeSetId("demo", 3), "amir", "bea");

    [Fact]
    public async Task Agreement_counts_a_coders_theme_judgements_only_once_they_submitted_the_case_so_its_numbers_reveal_no_draft()
    {
        var caseId = await IncludedCase(app, 2);
        var (amir, bea, lead) = (await app.SignedInAs("amir"), await app.SignedInAs("bea"), await app.SignedInAs("lena"));
        var (before, leadBefore) = (await ThemeThreeAgreement(amir), await ThemeThreeAgreement(lead));
        for (var theme = 1; theme <= ThemeCount; theme++)
        {
            (await Judge(amir, caseId, theme, theme == 3, theme - 1)).EnsureSuccessStatusCode();
            (await Judge(bea, caseId, theme, false, theme - 1)).EnsureSuccessStatusCode();
        }

        (await ThemeThreeAgreement(amir)).ShouldBe(before);
        (await ThemeThreeAgreement(lead)).ShouldBe(leadBefore);

        (await Submit(amir, caseId, ThemeCount)).EnsureSuccessStatusCode();
        (await ThemeThreeAgreement(amir)).ShouldBe((before.Labels + 1, before.PairUnits));
        (await Submit(bea, caseId, ThemeCount)).EnsureSuccessStatusCode();
        (await ThemeThreeAgreement(amir)).ShouldBe((before.Labels + 2, before.PairUnits + 1));
        (await ThemeThreeAgreement(lead)).ShouldBe((leadBefore.Labels + 2, leadBefore.PairUnits + 1));
    }

    [Fact]
    public async Task The_hub_tells_a_blind_coder_only_that_the_study_changed_never_what_was_judged()
    {
        var caseId = await IncludedCase(app, 1);
        await using var bea = await app.LiveAs("bea");
        var messages = Channel.CreateUnbounded<JsonElement>();
        bea.On<JsonElement>(ReviewHub.ChangedMessage, m => messages.Writer.TryWrite(m));
        await bea.InvokeAsync("WatchStudy", "demo");

        await JudgeAllAndSubmit(await app.SignedInAs("amir"), caseId, [1, 2, 3], note: Secret);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var message = await messages.Reader.ReadAsync(timeout.Token);
        message.EnumerateObject().Select(p => p.Name).ShouldBe(["topic", "version"]);
        message.GetProperty("topic").GetString().ShouldBe(Topics.Study("demo"));
        message.GetRawText().ShouldNotContain(Secret);
    }
}
