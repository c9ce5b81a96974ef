using System.Net.Http.Json;
using Marten;
using Shouldly;
using SibReview.Coding;
using SibReview.Coding.Suggestions;
using SibReview.Coding.Segments;
using SibReview.Tests.Coding.Search;
using SibReview.Tests.Coding.Segments;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Coding.Suggestions;

/// <summary>Suggested codings from a theme's keywords: offered to each coder, rejected with a record, accepted as codings,
/// never silently.</summary>
public sealed class SuggestionTests(SearchFixture app) : IClassFixture<SearchFixture>
{
    private const string Text = "Peer mentors co-produced the service. People with lived experience co-designed the referral form.";

    private async Task<(string CaseId, HttpClient Coder)> CaseWithText(string coder = "amir")
    {
        var caseId = app.NewCase();
        await app.Upload(caseId, "d1", Text);
        return (caseId, await app.SignedInAs(coder));
    }

    private static async Task<DocumentSuggestions> Suggestions(HttpClient coder, string caseId, int theme = 3) =>
        (await (await coder.GetAsync($"/api/studies/demo/suggestions?theme={theme}&caseId={caseId}")).Read<SuggestionsView>()).Results.Single();

    private static Task<HttpResponseMessage> Reject(HttpClient coder, Suggestion s, long expectedVersion, string? reason = null) =>
        coder.PostAsJsonAsync($"/api/studies/demo/suggestions/{s.SuggestionId}/rejection", new
        {
            s.CaseId, s.DocumentId, s.TextVersion, s.Theme, s.Keyword, s.Start, s.End, reason, expectedVersion,
        });

    /// <summary>Accepting as the suggestions page does: the workbench's apply-coding call, naming the suggestion (or not: by hand).</summary>
    private static Task<CodingSaved> Accept(HttpClient coder, Suggestion s, string? suggestionId, long expectedVersion) =>
        CodingApi.Code(coder, s.CaseId, s.Theme, s.Start, s.End, s.Quote, expectedVersion, s.TextVersion, suggestionId).Saved();

    [Fact]
    public async Task A_theme_s_keywords_suggest_one_coding_per_passage_with_an_id_that_is_the_same_on_every_run()
    {
        var (caseId, coder) = await CaseWithText();
        var before = await app.EventCount();

        var document = await Suggestions(coder, caseId);

        document.Open.Select(s => (s.Keyword, s.Quote)).ShouldBe([
            ("peer mentor*", "Peer mentors"), ("co-produc*", "co-produced"), ("\"lived experience\"", "lived experience"),
            ("co-design*", "co-designed"),
        ]);
        (document.StreamVersion, document.Decided).ShouldBe((0, 0));
        var first = document.Open[1];
        (first.Start, first.End, first.TextVersion).ShouldBe((Text.IndexOf("co-produced", StringComparison.Ordinal), 24, 1));
        first.SuggestionId.ShouldBe(SuggestionIds.Of($"{caseId}/d1/v1", 3, "co-produc*", 13, 24));
        (await Suggestions(coder, caseId)).Open.Select(s => s.SuggestionId).ShouldBe(document.Open.Select(s => s.SuggestionId));
        (await app.EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_rejection_is_recorded_in_the_coder_s_stream_with_who_when_why_and_is_not_offered_again_to_them_only()
    {
        var (caseId, amir) = await CaseWithText();
        var suggestion = (await Suggestions(amir, caseId)).Open[0];

        var decided = await (await Reject(amir, suggestion, 0, " peer mentoring is not co-production ")).Read<SuggestionDecided>();

        decided.ShouldBe(new SuggestionDecided(suggestion.SuggestionId, 1));
        await using var session = app.Store.QuerySession();
        var rejected = (await session.Events.FetchStreamAsync(CodingStreams.Document("demo", caseId, "d1", "amir"))).Single().Data
            .ShouldBeOfType<SuggestionRejected>();
        (rejected.Coder, rejected.Theme, rejected.Keyword, rejected.Start, rejected.End, rejected.Quote, rejected.Reason, rejected.CodebookVersion)
            .ShouldBe(("amir", 3, "peer mentor*", 0, 12, "Peer mentors", "peer mentoring is not co-production", 1));
        var after = await Suggestions(amir, caseId);
        (after.StreamVersion, after.Decided, after.Open.Count).ShouldBe((1, 1, 3));
        after.Open.ShouldNotContain(s => s.SuggestionId == suggestion.SuggestionId);
        (await Suggestions(await app.SignedInAs("bea"), caseId)).Open.Count.ShouldBe(4);
    }

    [Fact]
    public async Task An_accepted_suggestion_or_the_same_words_coded_by_hand_are_not_offered_again()
    {
        var (caseId, amir) = await CaseWithText();
        var open = (await Suggestions(amir, caseId)).Open;

        var accepted = await Accept(amir, open[1], open[1].SuggestionId, 0);
        await Accept(amir, open[2], suggestionId: null, 1);

        var after = await Suggestions(amir, caseId);
        after.Open.Select(s => s.Quote).ShouldBe(["Peer mentors", "co-designed"]);
        (after.StreamVersion, after.Decided).ShouldBe((2, 2));

        (await CodingApi.Remove(amir, caseId, accepted.CodingId!, 2, "not co-production after all")).EnsureSuccessStatusCode();
        (await Suggestions(amir, caseId)).Open.Select(s => s.Quote).ShouldBe(["Peer mentors", "co-produced", "co-designed"]);
    }

    [Fact]
    public async Task Precision_per_keyword_is_accepted_over_decided_each_coder_seeing_their_own_and_the_lead_everyone_s()
    {
        var (caseId, amir) = await CaseWithText();
        var bea = await app.SignedInAs("bea");
        var open = (await Suggestions(amir, caseId)).Open;
        await Accept(amir, open[1], open[1].SuggestionId, 0);
        (await Reject(amir, open[3], 1)).EnsureSuccessStatusCode();
        await Accept(bea, open[3], open[3].SuggestionId, 0);

        var mine = (await amir.GetJson<PrecisionView>("/api/studies/demo/keyword-precision"))!;
        var lead = (await (await app.SignedInAs("lena")).GetJson<PrecisionView>("/api/studies/demo/keyword-precision"))!;

        mine.AllCoders.ShouldBeNull();
        Row(mine.Mine, "co-produc*").ShouldBe(new KeywordPrecisionRow("co-produc*", true, 1, 0, 1.0));
        Row(mine.Mine, "co-design*").ShouldBe(new KeywordPrecisionRow("co-design*", true, 0, 1, 0.0));
        Row(mine.Mine, "user voice").Precision.ShouldBeNull();
        Row(lead.AllCoders!, "co-design*").ShouldBe(new KeywordPrecisionRow("co-design*", true, 1, 1, 0.5));
        var theme = lead.AllCoders!.Single(t => t.Theme == 3);
        (theme.Accepted, theme.Rejected).ShouldBe((theme.Keywords.Sum(k => k.Accepted), theme.Keywords.Sum(k => k.Rejected)));
        lead.Mine.Single(t => t.Theme == 3).Precision.ShouldBeNull();
        (await bea.GetJson<PrecisionView>("/api/studies/demo/keyword-precision"))!.Mine.Single(t => t.Theme == 3).Accepted.ShouldBe(1);
    }

    private static KeywordPrecisionRow Row(IReadOnlyList<ThemePrecision> themes, string keyword) =>
        themes.Single(t => t.Theme == 3).Keywords.Single(k => k.Keyword == keyword);
}
