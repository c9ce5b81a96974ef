using System.Text;
using Shouldly;
using SibReview.Coding.Search;
using SibReview.Documents.Texts;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Coding.Search;

/// <summary>Hits as keyword-in-context lines whose offsets are checked against the stored text itself.</summary>
public sealed class KeywordInContextTests(SearchFixture app) : IClassFixture<SearchFixture>
{
    private async Task<string> StoredText(string caseId, string documentId = "d1", int version = 1)
    {
        var reader = await app.SignedInAs("olive");
        return (await reader.GetJson<DocumentTextView>($"/api/cases/{caseId}/documents/{documentId}/texts/{version}"))!.Text;
    }

    private static void ShouldPointInto(string text, KwicLine line)
    {
        text[line.Start..line.End].ShouldBe(line.Match);
        text[..line.Start].ShouldEndWith(line.Before);
        text[line.End..].ShouldStartWith(line.After);
    }

    [Fact]
    public async Task Offsets_count_utf16_code_units_of_the_normalised_text_after_emoji_accents_and_decomposed_letters()
    {
        var caseId = app.NewCase();
        // "e" + a combining acute accent is stored as "é"; the emoji and the mathematical A take two UTF-16 units each.
        await app.Upload(caseId, "d1",
            "Cafe\u0301 😀 naïve 𝔸 — partners said: \"We co-produced the service with 👩‍👩‍👧 families.\"");
        var text = await StoredText(caseId);

        var line = (await app.Search("co-produc* NEAR/5 families", caseId)).Results.Single().Lines.Single();

        line.Match.ShouldBe("co-produced the service with 👩‍👩‍👧 families");
        line.Start.ShouldBe(text.IndexOf("co-produced", StringComparison.Ordinal));
        ShouldPointInto(text, line);
        line.Before.ShouldBe("Café 😀 naïve 𝔸 — partners said: \"We ");
        (line.MoreBefore, line.MoreAfter).ShouldBe((false, false));
    }

    [Fact]
    public async Task A_snippet_holds_the_words_asked_for_either_side_and_says_when_the_text_goes_on()
    {
        var caseId = app.NewCase();
        await app.Upload(caseId, "d1", "one two three four five six seven partnership eight nine ten eleven twelve thirteen");
        var text = await StoredText(caseId);

        var line = (await app.Search("partnership", caseId, "&context=3")).Results.Single().Lines.Single();

        (line.Before, line.Match, line.After).ShouldBe(("five six seven ", "partnership", " eight nine ten"));
        (line.MoreBefore, line.MoreAfter).ShouldBe((true, true));
        ShouldPointInto(text, line);
    }

    [Fact]
    public async Task A_hit_in_a_pdf_carries_its_page_number()
    {
        var caseId = app.NewCase();
        await app.UploadPdf(caseId, "d1", "Vision and values come first.", "", "The metrics followed the vision.");
        var text = await StoredText(caseId);

        var lines = (await app.Search("vision", caseId)).Results.Single().Lines;

        lines.Select(l => (l.Match, l.Page)).ShouldBe([("Vision", (int?)1), ("vision", 3)]);
        foreach (var line in lines) ShouldPointInto(text, line);
    }

    /// <summary>
    /// 20,000 words: a single tsvector would clamp every position past 16,383 to 16,383 and lose phrases there, and a
    /// phrase may straddle two passages; both are found once, at their place.
    /// </summary>
    [Fact]
    public async Task Phrases_are_found_across_passage_boundaries_and_past_the_16383rd_word_of_a_long_report()
    {
        var caseId = app.NewCase();
        var words = Enumerable.Range(0, 20_000).Select(i => (i % 7) switch
        {
            0 => "partners", 1 => "met", 2 => "monthly", 3 => "to", 4 => "review", 5 => "referrals", _ => "together.",
        }).ToArray();
        foreach (var at in new[] { 998, 19_990 }) (words[at], words[at + 1], words[at + 2]) = ("theory", "of", "change");
        await app.Upload(caseId, "d1", string.Join(' ', words));
        var text = await StoredText(caseId);

        var document = (await app.Search("theory of change", caseId)).Results.Single();

        document.HitCount.ShouldBe(2);
        document.Lines.Select(l => l.Start).ShouldBe([WordStart(words, 998), WordStart(words, 19_990)]);
        foreach (var line in document.Lines) ShouldPointInto(text, line);
        document.Lines[0].Before.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(Kwic.DefaultWords);
        document.Lines[0].After.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(Kwic.DefaultWords);
    }

    private static int WordStart(string[] words, int index) => words.Take(index).Sum(w => w.Length + 1);

    [Fact]
    public async Task The_search_reads_the_latest_text_version_of_each_document()
    {
        var caseId = app.NewCase();
        await app.Upload(caseId, "d1", "An interim report on the mobilisation.");
        await app.Upload(caseId, "d1", "The final report: readiness reviews preceded mobilisation.", "final.txt");

        var document = (await app.Search("mobilisation", caseId)).Results.Single();

        (document.TextVersion, document.TextId).ShouldBe((2, $"{caseId}/d1/v2"));
        document.Lines.Single().Start.ShouldBe("The final report: readiness reviews preceded ".Length);
    }

    [Fact]
    public async Task A_text_stored_before_the_search_existed_is_indexed_the_first_time_a_search_needs_it()
    {
        var caseId = app.NewCase();
        await app.Upload(caseId, "d1", "Trust grew between the commissioner and the provider.");
        await using (var session = app.Store.LightweightSession())
        {
            session.QueueSqlCommand($"delete from {PassageIndex.PassagesTable} where text_id = ?", $"{caseId}/d1/v1");
            session.QueueSqlCommand($"delete from {PassageIndex.TextsTable} where text_id = ?", $"{caseId}/d1/v1");
            await session.SaveChangesAsync();
        }

        (await app.Search("trust", caseId)).Results.Single().Lines.Single().Match.ShouldBe("Trust");
    }
}
