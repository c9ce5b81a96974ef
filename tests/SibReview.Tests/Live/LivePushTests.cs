using System.Net.Http.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Shouldly;
using SibReview.Cases.Import;
using SibReview.Live;
using SibReview.Studies;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Live;

public sealed class LivePushTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static Channel<LiveChange> Listen(HubConnection connection)
    {
        var changes = Channel.CreateUnbounded<LiveChange>();
        connection.On<LiveChange>(ReviewHub.ChangedMessage, change => changes.Writer.TryWrite(change));
        return changes;
    }

    private static async Task<LiveChange> Next(Channel<LiveChange> changes, string topic)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var change = await changes.Reader.ReadAsync(timeout.Token);
            if (change.Topic == topic) return change;
        }
    }

    [Fact]
    public async Task A_coder_watching_the_study_is_told_when_the_lead_changes_it()
    {
        await using var coder = await app.LiveAs("amir");
        var changes = Listen(coder);
        await coder.InvokeAsync("WatchStudy", "demo");

        var lead = await app.SignedInAs("lena");
        var study = (await lead.GetJson<StudyView>("/api/studies/demo"))!;
        var response = await lead.PutAsJsonAsync("/api/studies/demo/tolerance",
            new { tolerance = study.Tolerance == 0.15m ? 0.10m : 0.15m, reason = "live test", expectedVersion = study.Version });
        response.EnsureSuccessStatusCode();

        var change = await Next(changes, Topics.Study("demo"));
        change.Version.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Catalogue_watchers_are_told_when_an_import_changes_a_case()
    {
        await using var coder = await app.LiveAs("bea");
        var changes = Listen(coder);
        await coder.InvokeAsync("WatchCatalogue");

        using var download = new TempDownload();
        download.Replace("key-datasets/original_projects.csv", ",1262980,", ",1262981,");
        var outcome = await IndigoImport.RunAsync(app.Store, download.Directory, "tester", DateTimeOffset.UtcNow, CancellationToken.None);
        outcome.Plan!.Changed.ShouldHaveSingleItem();

        (await Next(changes, Topics.Catalogue)).Version.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Only_members_may_watch_a_study()
    {
        var outsiderClient = await app.SignedInAs("chen");
        var created = await (await outsiderClient.PostAsJsonAsync("/api/studies", new { name = "Private", question = "Q?" }))
            .Read<StudyCreatedResponse>();

        await using var coder = await app.LiveAs("amir");
        var refused = await Should.ThrowAsync<HubException>(() => coder.InvokeAsync("WatchStudy", created.Id));
        refused.Message.ShouldContain("not a member");
    }
}
