using System.Text.Json;
using System.Threading.Channels;
using Marten;
using Microsoft.AspNetCore.SignalR.Client;
using Shouldly;
using SibReview.Live;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Coding.Segments.CodingApi;

namespace SibReview.Tests.Coding.Segments;

public sealed class BlindCodingTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private const string Text = "The council and the provider solved problems jointly, month after month, with the young people.";
    private const string Secret = "only-amir-knows-this";

    /// <summary>Every answer the coding API gives the client about the document, as one string.</summary>
    private static async Task<string> EverythingSeenBy(HttpClient client, string caseId) =>
        string.Join("\n", await Task.WhenAll(new[] { "/codings", "/agreement" }.Select(p => client.GetStringAsync(Document(caseId) + p)
            .ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "refused"))))
        + await client.GetStringAsync("/api/studies/demo/coding/documents");

    [Fact]
    public async Task A_coder_sees_only_their_own_codings_until_they_submit_and_then_only_others_submitted_ones()
    {
        var (amir, bea, chen) = (await app.SignedInAs("amir"), await app.SignedInAs("bea"), await app.SignedInAs("chen"));
        await AddText(amir, "INDIGO-POJ-0030", Text);
        var coded = await Code(amir, "INDIGO-POJ-0030", Text, 2, "solved problems jointly", 0).Saved();
        var memo = await CodingMemo(amir, "INDIGO-POJ-0030", coded.CodingId!, Secret, coded.Version).Saved();
        var chens = await Code(chen, "INDIGO-POJ-0030", Text, 2, "The council", 0).Saved();

        var before = await View(bea, "INDIGO-POJ-0030");
        (before.OthersHidden, before.OthersSubmitted, before.Others.Count, before.Mine.Codings.Count).ShouldBe((true, 0, 0, 0));
        (await EverythingSeenBy(bea, "INDIGO-POJ-0030")).ShouldNotContain(Secret);
        (await (await bea.GetAsync(Document("INDIGO-POJ-0030") + "/agreement")).ShouldBeProblem(403)).ShouldContain("until you submit");

        await Submit(amir, "INDIGO-POJ-0030", memo.Version).Saved();
        var stillBlind = await View(bea, "INDIGO-POJ-0030");
        (stillBlind.OthersHidden, stillBlind.OthersSubmitted, stillBlind.Others.Count).ShouldBe((true, 1, 0));
        (await EverythingSeenBy(bea, "INDIGO-POJ-0030")).ShouldNotContain(Secret);

        await Submit(bea, "INDIGO-POJ-0030", 0).Saved();
        var after = await View(bea, "INDIGO-POJ-0030");
        after.OthersHidden.ShouldBeFalse();
        var amirs = after.Others.ShouldHaveSingleItem();
        (amirs.Coder, amirs.Codings.ShouldHaveSingleItem().Memo).ShouldBe(("amir", Secret));
        (await AgreementOn(bea, "INDIGO-POJ-0030")).Coders.ShouldBe(["amir", "bea"]);
        (await View(chen, "INDIGO-POJ-0030")).Mine.Codings.ShouldHaveSingleItem().CodingId.ShouldBe(chens.CodingId);
        (await EverythingSeenBy(chen, "INDIGO-POJ-0030")).ShouldNotContain(Secret);
    }

    [Fact]
    public async Task The_lead_and_observers_see_every_coders_submitted_codings_never_a_draft_and_a_coding_lead_is_blind_until_submitting()
    {
        var (lena, olive, amir, bea) = (await app.SignedInAs("lena"), await app.SignedInAs("olive"), await app.SignedInAs("amir"), await app.SignedInAs("bea"));
        await AddText(amir, "INDIGO-POJ-0031", Text);
        var submitted = await Code(amir, "INDIGO-POJ-0031", Text, 1, "The council", 0).Saved();
        await Submit(amir, "INDIGO-POJ-0031", submitted.Version).Saved();
        var draft = await Code(bea, "INDIGO-POJ-0031", Text, 1, "the young people", 0).Saved();
        await CodingMemo(bea, "INDIGO-POJ-0031", draft.CodingId!, Secret, draft.Version).Saved();

        foreach (var reader in new[] { lena, olive })
        {
            var view = await View(reader, "INDIGO-POJ-0031");
            (view.OthersHidden, view.Others.ShouldHaveSingleItem().Coder).ShouldBe((false, "amir"));
            (await EverythingSeenBy(reader, "INDIGO-POJ-0031")).ShouldNotContain(Secret);
        }
        (await View(olive, "INDIGO-POJ-0031")).CanCode.ShouldBeFalse();

        var leads = await Code(lena, "INDIGO-POJ-0031", Text, 3, "month after month", 0).Saved();
        (await View(lena, "INDIGO-POJ-0031")).OthersHidden.ShouldBeTrue();
        await Submit(lena, "INDIGO-POJ-0031", leads.Version).Saved();
        (await View(lena, "INDIGO-POJ-0031")).Others.ShouldHaveSingleItem().Coder.ShouldBe("amir");
        (await View(olive, "INDIGO-POJ-0031")).Others.Select(o => o.Coder).ShouldBe(["amir", "lena"]);
    }

    [Fact]
    public async Task The_hub_tells_other_coders_only_that_the_study_changed_never_what_was_coded()
    {
        var amir = await app.SignedInAs("amir");
        await AddText(amir, "INDIGO-POJ-0032", Text);
        await using var bea = await app.LiveAs("bea");
        var messages = Channel.CreateUnbounded<JsonElement>();
        bea.On<JsonElement>(ReviewHub.ChangedMessage, m => messages.Writer.TryWrite(m));
        await bea.InvokeAsync("WatchStudy", "demo");

        var coded = await Code(amir, "INDIGO-POJ-0032", Text, 2, "solved problems jointly", 0).Saved();
        await CodingMemo(amir, "INDIGO-POJ-0032", coded.CodingId!, Secret, coded.Version).Saved();

        await using var session = app.Store.QuerySession();
        var memoSequence = await session.Events.QueryAllRawEvents().MaxAsync(e => e.Sequence);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var seen = new List<JsonElement>();
        while (seen.Count == 0 || seen[^1].GetProperty("version").GetInt64() < memoSequence)
            seen.Add(await messages.Reader.ReadAsync(timeout.Token));
        foreach (var message in seen)
        {
            message.EnumerateObject().Select(p => p.Name).ShouldBe(["topic", "version"]);
            message.GetProperty("topic").GetString().ShouldBe(Topics.Study("demo"));
            message.GetRawText().ShouldNotContain(Secret);
            message.GetRawText().ShouldNotContain("jointly");
        }
    }
}
