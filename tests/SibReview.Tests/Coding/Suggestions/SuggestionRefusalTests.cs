using System.Net.Http.Json;
using System.Threading.Channels;
using Marten;
using Microsoft.AspNetCore.SignalR.Client;
using Shouldly;
using SibReview.Coding;
using SibReview.Coding.Suggestions;
using SibReview.Live;
using SibReview.Studies;
using SibReview.Tests.Coding.Search;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Coding.Suggestions;

/// <summary>Rejections that cannot be recorded say why and write nothing; two at once, one wins; the decision reaches watchers live.</summary>
public sealed class SuggestionRefusalTests(SearchFixture app) : IClassFixture<SearchFixture>
{
    private async Task<(string CaseId, Suggestion Suggestion)> Suggested(string coder = "amir")
    {
        var caseId = app.NewCase();
        await app.Upload(caseId, "d1", "Service users co-produced the outreach plan; peer mentors co-designed it.");
        var view = await (await (await app.SignedInAs(coder)).GetAsync($"/api/studies/demo/suggestions?theme=3&caseId={caseId}"))
            .Read<SuggestionsView>();
        return (caseId, view.Results.Single().Open[0]);
    }

    private static Task<HttpResponseMessage> Reject(HttpClient coder, Suggestion s, long expectedVersion = 0, string? reason = null,
        string? id = null) =>
        coder.PostAsJsonAsync($"/api/studies/demo/suggestions/{id ?? s.SuggestionId}/rejection", new
        {
            s.CaseId, s.DocumentId, s.TextVersion, s.Theme, s.Keyword, s.Start, s.End, reason, expectedVersion,
        });

    private async Task ShouldWriteNothing(Func<Task<HttpResponseMessage>> act, int status, string detail)
    {
        var before = await app.EventCount();
        (await (await act()).ShouldBeProblem(status)).ShouldContain(detail);
        (await app.EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_suggestion_that_is_not_one_now_is_not_found_and_nothing_is_recorded()
    {
        var (_, suggestion) = await Suggested();
        var coder = await app.SignedInAs("amir");
        var shifted = suggestion with { Start = suggestion.Start + 1 };
        var shiftedId = SuggestionIds.Of($"{shifted.CaseId}/d1/v1", 3, shifted.Keyword, shifted.Start, shifted.End);

        await ShouldWriteNothing(() => Reject(coder, shifted, id: shiftedId), 404, $"There is no suggestion {shiftedId} now");
        await ShouldWriteNothing(() => Reject(coder, shifted), 400, $"These fields describe another suggestion than {suggestion.SuggestionId}");
        await ShouldWriteNothing(() => coder.PostAsJsonAsync($"/api/studies/demo/suggestions/{suggestion.SuggestionId}/rejection",
            new { expectedVersion = 0 }), 400, "Send the suggestion's caseId, documentId, textVersion, theme, keyword, start and end");
    }

    [Fact]
    public async Task A_suggestion_on_an_earlier_text_version_is_no_longer_one()
    {
        var (caseId, suggestion) = await Suggested();
        await app.Upload(caseId, "d1", "A revised report: service users co-produced the outreach plan.", "revised.txt");

        var coder = await app.SignedInAs("amir");

        await ShouldWriteNothing(() => Reject(coder, suggestion), 404, "version 1 (the codebook or the text may have changed)");
    }

    [Fact]
    public async Task Observers_do_not_decide_on_suggestions_nor_ask_for_them()
    {
        var (caseId, suggestion) = await Suggested();
        var observer = await app.SignedInAs("olive");

        await ShouldWriteNothing(() => Reject(observer, suggestion), 403, "Observers may read the study but not add to it");
        (await (await observer.GetAsync($"/api/studies/demo/suggestions?theme=3&caseId={caseId}")).ShouldBeProblem(403))
            .ShouldContain("Observers may read the study");
    }

    [Fact]
    public async Task A_decided_suggestion_a_stale_version_or_an_overlong_reason_is_refused()
    {
        var (caseId, suggestion) = await Suggested();
        var coder = await app.SignedInAs("amir");
        (await Reject(coder, suggestion)).EnsureSuccessStatusCode();

        await ShouldWriteNothing(() => Reject(coder, suggestion, 1), 400, "You rejected this suggestion already, on");
        var other = (await (await coder.GetAsync($"/api/studies/demo/suggestions?theme=3&caseId={caseId}")).Read<SuggestionsView>())
            .Results.Single().Open[0];
        await ShouldWriteNothing(() => Reject(coder, other, 0), 409, "Your coding of d1 is at version 1, not 0");
        await ShouldWriteNothing(() => Reject(coder, other, 1, new string('x', 1001)), 400,
            "A reason has at most 1000 characters; this one has 1001");
        await using (var session = app.Store.LightweightSession())
        {
            session.Events.Append(CodingStreams.Document("demo", caseId, "d1", "amir"), new SegmentCoded("demo", caseId, "d1", 1, "amir",
                "c-1", 3, other.Start, other.End, other.Quote, 1, null, DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }
        await ShouldWriteNothing(() => Reject(coder, other, 2), 400, "You coded these words to theme 3 already (coding c-1)");
    }

    [Fact]
    public async Task Suggestions_come_only_from_a_theme_that_takes_new_codings()
    {
        var lead = await app.SignedInAs("lena");
        var id = (await (await lead.PostAsJsonAsync("/api/studies", new { name = "Retired", question = "Q?" })).Read<StudyCreatedResponse>()).Id;
        (await lead.PostAsJsonAsync($"/api/studies/{id}/codebook/themes/8/retire", new { reason = "not used", expectedVersion = 1 }))
            .EnsureSuccessStatusCode();

        (await (await lead.GetAsync($"/api/studies/{id}/suggestions?theme=8")).ShouldBeProblem(400))
            .ShouldContain("Theme 8 (\"Annual re-calibration\") is retired");
        (await (await lead.GetAsync($"/api/studies/{id}/suggestions?theme=42")).ShouldBeProblem(404)).ShouldContain("There is no theme 42");
        (await (await lead.GetAsync($"/api/studies/{id}/suggestions")).ShouldBeProblem(400)).ShouldContain("Choose the theme");
    }

    [Fact]
    public async Task Of_two_rejections_sent_at_once_from_the_same_version_one_is_recorded_and_the_other_told_to_reload()
    {
        var (caseId, first) = await Suggested("bea");
        var coder = await app.SignedInAs("bea");
        var second = (await (await coder.GetAsync($"/api/studies/demo/suggestions?theme=3&caseId={caseId}")).Read<SuggestionsView>())
            .Results.Single().Open[1];

        var answers = await Task.WhenAll(Reject(coder, first), Reject(coder, second));

        answers.Select(a => (int)a.StatusCode).Order().ShouldBe([200, 409]);
        await using var session = app.Store.QuerySession();
        (await session.Events.FetchStreamAsync(CodingStreams.Document("demo", caseId, "d1", "bea"))).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_rejection_reaches_everyone_watching_the_study_as_a_thin_change_message()
    {
        var (_, suggestion) = await Suggested("chen");
        await using var watcher = await app.LiveAs("lena");
        var changes = Channel.CreateUnbounded<LiveChange>();
        watcher.On<LiveChange>(ReviewHub.ChangedMessage, change => changes.Writer.TryWrite(change));
        await watcher.InvokeAsync("WatchStudy", "demo");

        (await Reject(await app.SignedInAs("chen"), suggestion)).EnsureSuccessStatusCode();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while ((await changes.Reader.ReadAsync(timeout.Token)).Topic != Topics.Study("demo")) { }
    }
}
