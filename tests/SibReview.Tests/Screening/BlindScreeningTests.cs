using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Shouldly;
using SibReview.Live;
using SibReview.Screening;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Screening.ScreeningApi;

namespace SibReview.Tests.Screening;

public sealed class BlindScreeningTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private const string Secret = "only-amir-knows-this";

    [Fact]
    public async Task A_coder_sees_nothing_of_another_coders_decision_until_deciding_and_then_sees_the_conflict()
    {
        var (lead, amir) = (await app.SignedInAs("lena"), await app.SignedInAs("amir"));
        var (bea, chen) = (await app.SignedInAs("bea"), await app.SignedInAs("chen"));
        var caseId = (await Candidates(lead))[0];
        (await Assign(lead, [caseId], ["amir", "bea"])).EnsureSuccessStatusCode();
        (await Decide(amir, caseId, "include", note: Secret)).EnsureSuccessStatusCode();

        var seen = await EverythingSeenBy(bea, caseId);
        seen.ShouldNotContain(Secret);
        seen.ShouldNotContain("\"verdict\"");
        var view = await CaseView(bea, caseId);
        (view.AssignedToMe, view.OthersHidden, view.OtherCoders, view.Others.Count, view.Status).ShouldBe((true, true, 1, 0, (string?)null));
        (await Queue(bea)).Cases.Single(c => c.CaseId == caseId).Status.ShouldBeNull();
        (await Flow(bea)).Cases.Single(c => c.CaseId == caseId).Hidden.ShouldBeTrue();

        (await CaseView(lead, caseId)).Others.ShouldHaveSingleItem().Note.ShouldBe(Secret);
        (await CaseView(await app.SignedInAs("olive"), caseId)).Others.ShouldHaveSingleItem().Verdict.ShouldBe(ScreeningVerdict.Include);

        (await Decide(bea, caseId, "exclude", "too-few-documents")).EnsureSuccessStatusCode();

        var after = await CaseView(bea, caseId);
        (after.OthersHidden, after.Status).ShouldBe((false, InclusionStatus.Conflict));
        after.Others.ShouldHaveSingleItem().ShouldBe(new CoderDecision("amir", ScreeningVerdict.Include, null, Secret, after.Others[0].At, 1));
        (await Conflicts(bea)).Conflicts.ShouldHaveSingleItem().Decisions.Select(d => d.Coder).ShouldBe(["amir", "bea"]);
        (await Conflicts(lead)).Conflicts.ShouldContain(c => c.CaseId == caseId);

        (await EverythingSeenBy(chen, caseId)).ShouldNotContain(Secret);
        (await Conflicts(chen)).Conflicts.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_hub_tells_a_blind_coder_only_that_the_study_changed_never_what_was_decided()
    {
        var (lead, amir) = (await app.SignedInAs("lena"), await app.SignedInAs("amir"));
        var caseId = (await Candidates(lead))[1];
        (await Assign(lead, [caseId], ["amir", "chen"])).EnsureSuccessStatusCode();

        await using var chen = await app.LiveAs("chen");
        var messages = Channel.CreateUnbounded<JsonElement>();
        chen.On<JsonElement>(ReviewHub.ChangedMessage, m => messages.Writer.TryWrite(m));
        await chen.InvokeAsync("WatchStudy", "demo");

        (await Decide(amir, caseId, "exclude", "other", note: Secret)).EnsureSuccessStatusCode();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var message = await messages.Reader.ReadAsync(timeout.Token);
        message.EnumerateObject().Select(p => p.Name).ShouldBe(["topic", "version"]);
        message.GetProperty("topic").GetString().ShouldBe(Topics.Study("demo"));
        message.GetRawText().ShouldNotContain(Secret);
    }
}
