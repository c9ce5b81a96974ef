using System.Net.Http.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Shouldly;
using SibReview.Live;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Coding.Codebook;

public sealed class CodebookLiveTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task A_coder_watching_the_study_is_told_when_the_lead_changes_its_codebook()
    {
        await using var coder = await app.LiveAs("amir");
        var changes = Channel.CreateUnbounded<LiveChange>();
        coder.On<LiveChange>(ReviewHub.ChangedMessage, change => changes.Writer.TryWrite(change));
        await coder.InvokeAsync("WatchStudy", "demo");

        var lead = await app.SignedInAs("lena");
        (await lead.PostAsJsonAsync("/api/studies/demo/codebook/themes/8/retire", new { reason = "live test", expectedVersion = 1 }))
            .EnsureSuccessStatusCode();

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        (await changes.Reader.ReadAsync(patience.Token)).Topic.ShouldBe(Topics.Study("demo"));
    }
}
