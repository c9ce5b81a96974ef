using System.Net;
using System.Net.Http.Json;
using Marten;
using Shouldly;
using SibReview.Coding;
using SibReview.Coding.Segments;
using SibReview.Studies;
using SibReview.Tests.Screening;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Coding.Segments.CodingApi;

namespace SibReview.Tests.Coding.Segments;

/// <summary>Coding segments over HTTP against PostgreSQL; each test codes its own case's d1.</summary>
public sealed class SegmentCodingApiTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private const string Text = "Partners co-produced the service with the café's users, 👩‍⚕️ and families.";

    private async Task<IReadOnlyList<object>> StreamOf(string caseId, string coder)
    {
        await using var session = app.Store.QuerySession();
        return (await session.Events.FetchStreamAsync(CodingStreams.Document("demo", caseId, "d1", coder))).Select(e => e.Data).ToList();
    }

    private async Task ShouldWriteNothing(Task<HttpResponseMessage> act, int status, string detail)
    {
        var before = await app.EventCount();
        (await (await act).ShouldBeProblem(status)).ShouldContain(detail);
        (await app.EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_coder_applies_adjusts_memos_removes_and_submits_each_act_one_event_on_their_document_stream()
    {
        var amir = await app.SignedInAs("amir");
        await AddText(amir, "INDIGO-POJ-0012", Text);

        var first = await Code(amir, "INDIGO-POJ-0012", Text, 3, "co-produced the service", 0).Saved();
        var second = await Code(amir, "INDIGO-POJ-0012", Text, 4, "👩‍⚕️", first.Version).Saved();
        var adjusted = await Adjust(amir, "INDIGO-POJ-0012", first.CodingId!, 9, 54, Text[9..54], second.Version, "whole phrase").Saved();
        var memo = await CodingMemo(amir, "INDIGO-POJ-0012", first.CodingId!, "Co-production with users.", adjusted.Version).Saved();
        var removed = await Remove(amir, "INDIGO-POJ-0012", second.CodingId!, memo.Version, "not a capability").Saved();
        var noted = await DocumentMemo(amir, "INDIGO-POJ-0012", "A profile, not an evaluation.", removed.Version).Saved();
        var submitted = await Submit(amir, "INDIGO-POJ-0012", noted.Version).Saved();

        (first.Version, second.Version, submitted.Version, submitted.CodingId).ShouldBe((1L, 2L, 7L, (string?)null));
        (await StreamOf("INDIGO-POJ-0012", "amir")).Select(e => e.GetType()).ShouldBe([typeof(SegmentCoded), typeof(SegmentCoded),
            typeof(SegmentCodingAdjusted), typeof(CodingMemoWritten), typeof(SegmentCodingRemoved), typeof(DocumentMemoWritten),
            typeof(DocumentCodingSubmitted)]);
        var view = await View(amir, "INDIGO-POJ-0012");
        (view.Version, view.TextVersion, view.MyRole, view.CanCode, view.Mine.Memo).ShouldBe((7L, 1, StudyRole.Coder, true, "A profile, not an evaluation."));
        view.Mine.SubmittedAt.ShouldNotBeNull();
        var coding = view.Mine.Codings.ShouldHaveSingleItem();
        (coding.CodingId, coding.Theme, coding.Start, coding.End, coding.Quote, coding.Memo, coding.CodebookVersion)
            .ShouldBe((first.CodingId!, 3, 9, 54, "co-produced the service with the café's users", "Co-production with users.", 1));
    }

    [Fact]
    public async Task A_rejected_suggestion_counts_in_the_streams_version_so_the_next_coding_names_it()
    {
        var amir = await app.SignedInAs("amir");
        var caseId = await CandidateWithDocuments(amir, 7);
        await AddText(amir, caseId, Text);
        await using (var session = app.Store.LightweightSession())
        {
            session.Events.Append(CodingStreams.Document("demo", caseId, "d1", "amir"), new SibReview.Coding.Suggestions.SuggestionRejected(
                "demo", caseId, "d1", 1, "amir", "s-1", 3, "co-produc*", 9, 20, Text[9..20], 1, "not about users", DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }

        (await View(amir, caseId)).Version.ShouldBe(1);
        (await Code(amir, caseId, Text, 3, "co-produced the service", 1).Saved()).Version.ShouldBe(2);
    }

    [Fact]
    public async Task Unknown_themes_bad_offsets_quotes_unlike_the_text_and_missing_texts_are_refused_and_nothing_is_written()
    {
        var amir = await app.SignedInAs("amir");
        await AddText(amir, "INDIGO-POJ-0013", Text);

        await ShouldWriteNothing(Code(amir, "INDIGO-POJ-0013", 99, 0, 8, "Partners", 0), 400, "There is no theme 99 in the study's codebook");
        await ShouldWriteNothing(Code(amir, "INDIGO-POJ-0013", 1, 60, 90, "and families.", 0), 400, "lies outside the text");
        await ShouldWriteNothing(Code(amir, "INDIGO-POJ-0013", 1, 0, 8, "Partner!", 0), 400, "The quote does not match the text at 0-8");
        await ShouldWriteNothing(Code(amir, "INDIGO-POJ-0013", 1, 57, 61, "x", 0), 400, "Offset 57 falls inside the character");
        await ShouldWriteNothing(Code(amir, "INDIGO-POJ-0013", 1, 0, 8, "Partners", 0, textVersion: 2), 404, "There is no text version 2");
        await ShouldWriteNothing(Code(amir, "INDIGO-POJ-0014", 1, 0, 8, "Partners", 0), 404, "There is no text version 1");
        await ShouldWriteNothing(Code(await app.SignedInAs("olive"), "INDIGO-POJ-0013", 1, 0, 8, "Partners", 0), 403, "Observers may read");
        await ShouldWriteNothing(Adjust(amir, "INDIGO-POJ-0013", "unknown", 0, 8, "Partners", 0), 404, "You have no coding 'unknown'");
        await ShouldWriteNothing(CodingMemo(amir, "INDIGO-POJ-0013", "unknown", "memo", 0), 404, "You have no coding 'unknown'");
        await ShouldWriteNothing(DocumentMemo(amir, "INDIGO-POJ-0013", new string('m', 4001), 0), 400, "A memo has at most 4000 characters");

        var outsider = await app.SignedInAs("chen");
        var other = await (await outsider.PostAsJsonAsync("/api/studies", new { name = "Other", question = "Q?" })).Read<StudyCreatedResponse>();
        await ShouldWriteNothing(amir.PostAsJsonAsync($"{Document("INDIGO-POJ-0013", studyId: other.Id)}/codings",
            new { textVersion = 1, theme = 1, start = 0, end = 8, quote = "Partners", expectedVersion = 0 }), 404, "that you are a member of");
    }

    [Fact]
    public async Task A_stale_expected_version_gets_409_with_the_streams_version_writes_nothing_and_loses_nothing()
    {
        var amir = await app.SignedInAs("amir");
        await AddText(amir, "INDIGO-POJ-0015", Text);
        var first = await Code(amir, "INDIGO-POJ-0015", Text, 1, "Partners", 0).Saved();

        var before = await app.EventCount();
        var stale = await Code(amir, "INDIGO-POJ-0015", Text, 2, "families", 0);

        (await ConflictVersion(stale)).ShouldBe(first.Version);
        (await app.EventCount()).ShouldBe(before);
        (await View(amir, "INDIGO-POJ-0015")).Mine.Codings.ShouldHaveSingleItem().CodingId.ShouldBe(first.CodingId);
        (await Code(amir, "INDIGO-POJ-0015", Text, 2, "families", first.Version).Saved()).Version.ShouldBe(2);
    }

    [Fact]
    public async Task Of_several_windows_of_one_coder_coding_at_once_one_wins_and_the_others_get_409_with_the_new_version()
    {
        var amir = await app.SignedInAs("amir");
        await AddText(amir, "INDIGO-POJ-0016", Text);
        var tabs = Enumerable.Range(0, 6).Select(_ => app.SignedInAs("amir")).ToList();

        var answers = await Task.WhenAll((await Task.WhenAll(tabs)).Select((tab, i) => Code(tab, "INDIGO-POJ-0016", i + 1, 0, 8, "Partners", 0)));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        foreach (var conflict in answers.Where(a => a.StatusCode != HttpStatusCode.OK)) (await ConflictVersion(conflict)).ShouldBe(1);
        (await StreamOf("INDIGO-POJ-0016", "amir")).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Windows_that_retry_with_the_version_a_409_gives_all_get_their_codings_recorded_without_errors()
    {
        var amir = await app.SignedInAs("amir");
        await AddText(amir, "INDIGO-POJ-0017", Text);

        async Task CodeAll(HttpClient tab, int theme)
        {
            foreach (var start in new[] { 0, 9, 21, 25 })
            {
                var (version, end) = (0L, Text.IndexOf(' ', start + 1));
                while (await Code(tab, "INDIGO-POJ-0017", theme, start, end, Text[start..end], version) is { StatusCode: not HttpStatusCode.OK } conflict)
                    version = await ConflictVersion(conflict);
            }
        }
        var tabs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.SignedInAs("amir")));
        await Task.WhenAll(tabs.Select((tab, i) => CodeAll(tab, i + 1))).WaitAsync(TimeSpan.FromSeconds(60));

        var view = await View(amir, "INDIGO-POJ-0017");
        (view.Version, view.Mine.Codings.Count).ShouldBe((16L, 16));
    }

    [Fact]
    public async Task The_study_lists_its_included_cases_documents_with_text_and_where_each_viewers_coding_stands()
    {
        var (lena, amir, bea) = (await app.SignedInAs("lena"), await app.SignedInAs("amir"), await app.SignedInAs("bea"));
        var caseId = await CandidateWithDocuments(lena);
        (await ScreeningApi.Assign(lena, [caseId], ["amir", "bea"])).EnsureSuccessStatusCode();
        foreach (var coder in new[] { amir, bea })
            (await ScreeningApi.Decide(coder, caseId, "include")).EnsureSuccessStatusCode();
        await AddText(amir, caseId, Text);
        await Submit(bea, caseId, (await Code(bea, caseId, Text, 1, "Partners", 0).Saved()).Version);

        var forAmir = (await amir.GetJson<List<DocumentToCode>>("/api/studies/demo/coding/documents"))!;
        var forBea = (await bea.GetJson<List<DocumentToCode>>("/api/studies/demo/coding/documents"))!;

        var mine = forAmir.ShouldHaveSingleItem();
        (mine.CaseId, mine.DocumentId, mine.TextVersion, mine.MyCodings, mine.SubmittedByMe, mine.SubmittedBy)
            .ShouldBe((caseId, "d1", 1, 0, false, 1));
        (forBea.Single().MyCodings, forBea.Single().SubmittedByMe).ShouldBe((1, true));
    }
}
