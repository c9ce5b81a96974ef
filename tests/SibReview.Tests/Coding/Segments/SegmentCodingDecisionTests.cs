using Shouldly;
using SibReview.Coding;
using SibReview.Coding.Codebook;
using SibReview.Coding.Segments;
using Xunit;
using static SibReview.Tests.Coding.Segments.Workbenches;

namespace SibReview.Tests.Coding.Segments;

public sealed class SegmentCodingDecisionTests
{
    [Fact]
    public void A_coder_applies_a_theme_to_a_segment_recording_the_texts_own_words_the_codebook_version_who_and_when()
    {
        var atHand = AtHand(Amir);
        var (start, end) = Span("co-produced the service");

        var decision = ApplyCodingEndpoint.Decide(atHand, Apply(3, start, end) with { SuggestionId = " s-17 " }, "c1", Amir, Now);

        var coded = decision.Events.Single().ShouldBeOfType<SegmentCoded>();
        coded.ShouldBe(new SegmentCoded("s1", "C1", "d1", 1, "amir", "c1", 3, start, end, "co-produced the service", 1, "s-17", Now));
        var after = atHand.After(decision);
        (after.Id, after.Version).ShouldBe((CodingStreams.Document("s1", "C1", "d1", "amir"), 1L));
        after.On(1).ShouldHaveSingleItem().Theme.ShouldBe(3);
    }

    [Fact]
    public void An_unknown_theme_or_a_retired_one_is_refused_naming_the_active_themes()
    {
        var (start, end) = Span("families");
        ApplyCodingEndpoint.Decide(AtHand(Amir), Apply(42, start, end), "c1", Amir, Now).Rejection!
            .ShouldBe(new(400, "There is no theme 42 in the study's codebook (version 1); its active themes are 1, 2, 3, 4, 5, 6, 7, 8."));

        var retired = AtHand(Amir).Codebook.Apply(new ThemeRetired("s1", 2, 8, "merged into 7", "lena", Now));
        ApplyCodingEndpoint.Decide(AtHand(Amir, codebook: retired), Apply(8, start, end), "c1", Amir, Now).Rejection!.Detail
            .ShouldStartWith("Theme 8 (\"Annual re-calibration\") is retired in codebook version 2");
    }

    [Theory]
    [InlineData(70, 80, null, "lies outside the text, whose offsets run from 0 to 75")]
    [InlineData(10, 10, null, "must come before its end")]
    [InlineData(57, 61, null, "Offset 57 falls inside the character")]
    [InlineData(0, 8, "Partner", "The quote does not match the text at 0-8, which reads \"Partners\"")]
    [InlineData(0, 8, "", "Give the segment's quote")]
    public void Offsets_outside_the_text_or_inside_a_character_and_a_quote_unlike_the_text_are_refused(int start, int end, string? quote,
        string problem)
    {
        var command = Apply(1, 0, 1) with { Start = start, End = end, Quote = quote ?? "x" };
        var refusal = ApplyCodingEndpoint.Decide(AtHand(Amir), command, "c1", Amir, Now).Rejection!;
        refusal.Status.ShouldBe(400);
        refusal.Detail.ShouldContain(problem);
    }

    [Fact]
    public void An_emoji_is_coded_whole_by_its_utf16_offsets_and_a_combining_accent_compares_after_normalisation()
    {
        var emoji = ApplyCodingEndpoint.Decide(AtHand(Amir), Apply(4, 56, 61), "c1", Amir, Now);
        emoji.Events.Single().ShouldBeOfType<SegmentCoded>().Quote.ShouldBe("👩‍⚕️");

        var decomposed = ApplyCodingEndpoint.Decide(AtHand(Amir), Apply(4, 42, 46, "cafe\u0301"), "c2", Amir, Now);
        decomposed.Events.Single().ShouldBeOfType<SegmentCoded>().Quote.ShouldBe("café");
    }

    [Fact]
    public void Only_the_studys_coders_and_lead_code_and_only_a_text_version_that_exists()
    {
        var (start, end) = Span("families");
        ApplyCodingEndpoint.Decide(AtHand(Olive), Apply(1, start, end), "c1", Olive, Now).Rejection!.Status.ShouldBe(403);
        ApplyCodingEndpoint.Decide(AtHand(new("stranger", "")), Apply(1, start, end), "c1", new("stranger", ""), Now).Rejection!.Status.ShouldBe(404);
        ApplyCodingEndpoint.Decide(AtHand(Lena), Apply(1, start, end), "c1", Lena, Now).Accepted.ShouldBeTrue();
        ApplyCodingEndpoint.Decide(AtHand(Amir, textVersion: 2, textExists: false), Apply(1, start, end, textVersion: 2), "c1", Amir, Now)
            .Rejection!.ShouldBe(new(404, "There is no text version 2 of d1 of case C1; add the document's text first, or open a version it has."));
        ApplyCodingEndpoint.Decide(AtHand(Amir, textVersion: 0, textExists: false), Apply(1, start, end, textVersion: 0), "c1", Amir, Now)
            .Rejection!.ShouldBe(new(400, "textVersion must be 1 or more; got 0."));
    }

    [Fact]
    public void Overlapping_codings_are_kept_but_the_same_span_at_the_same_theme_twice_is_refused()
    {
        var atHand = AtHand(Amir);
        var coded = atHand with { Coding = atHand.After(ApplyCodingEndpoint.Decide(atHand, Apply(2, 0, 20), "c1", Amir, Now)) };

        ApplyCodingEndpoint.Decide(coded, Apply(2, 0, 20, expectedVersion: 1), "c2", Amir, Now).Rejection!.Detail
            .ShouldBe("You already coded 0-20 at theme 2 (coding c1).");
        ApplyCodingEndpoint.Decide(coded, Apply(5, 0, 20, expectedVersion: 1), "c2", Amir, Now).Accepted.ShouldBeTrue();
        ApplyCodingEndpoint.Decide(coded, Apply(2, 9, 32, expectedVersion: 1), "c2", Amir, Now).Accepted.ShouldBeTrue();
    }

    [Fact]
    public void A_coder_adjusts_the_span_of_their_coding_to_the_texts_words_there_with_an_optional_reason()
    {
        var atHand = Coded(out var codingId);
        var (start, end) = Span("co-produced the service with the café's users");

        var decision = AdjustCodingEndpoint.Decide(atHand, codingId, new AdjustCoding(start, end, Text[start..end], " whole phrase ", 1), Amir, Now);

        decision.Events.Single().ShouldBe(new SegmentCodingAdjusted("s1", "C1", "d1", 1, "amir", codingId, start, end,
            "co-produced the service with the café's users", "whole phrase", Now));
        var coding = atHand.After(decision).Find(codingId)!;
        (coding.Start, coding.End, coding.Theme).ShouldBe((start, end, 3));
        AdjustCodingEndpoint.Decide(atHand, "nope", new AdjustCoding(start, end, Text[start..end], null, 1), Amir, Now).Rejection!.Status.ShouldBe(404);
        AdjustCodingEndpoint.Decide(atHand, codingId, new AdjustCoding(9, 32, Text[9..32], null, 1), Amir, Now).Rejection!.Detail
            .ShouldContain("already spans 9-32");
        AdjustCodingEndpoint.Decide(atHand, codingId, new AdjustCoding(9, 33, "co-produced the service", null, 1), Amir, Now).Rejection!.Detail
            .ShouldContain("The quote does not match");
    }

    [Fact]
    public void A_removed_coding_leaves_the_coders_view_and_its_reason_is_kept_in_the_event()
    {
        var atHand = Coded(out var codingId);

        var decision = RemoveCodingEndpoint.Decide(atHand, codingId, new RemoveCoding("wrong theme", 1), Amir, Now);

        decision.Events.Single().ShouldBe(new SegmentCodingRemoved("s1", "C1", "d1", 1, "amir", codingId, "wrong theme", Now));
        atHand.After(decision).On(1).ShouldBeEmpty();
        RemoveCodingEndpoint.Decide(atHand, codingId, new RemoveCoding(new string('x', 1001), 1), Amir, Now).Rejection!.Detail
            .ShouldBe("A reason has at most 1000 characters; this one has 1001.");
    }

    [Fact]
    public void Memos_on_a_coding_and_on_the_document_are_trimmed_text_cleared_when_blank_and_at_most_4000_characters()
    {
        var atHand = Coded(out var codingId);
        var payload = "<script>alert('x')</script> partners \"co-design\"";

        var memo = WriteCodingMemoEndpoint.Decide(atHand, codingId, new WriteMemo($"  {payload}\n", 1), Amir, Now);
        memo.Events.Single().ShouldBe(new CodingMemoWritten("s1", "C1", "d1", 1, "amir", codingId, payload, Now));
        var memoed = atHand with { Coding = atHand.After(memo) };
        memoed.Coding.Find(codingId)!.Memo.ShouldBe(payload);
        WriteCodingMemoEndpoint.Decide(memoed, codingId, new WriteMemo(payload, 2), Amir, Now).Rejection!.Detail.ShouldContain("already the memo");
        memoed.After(WriteCodingMemoEndpoint.Decide(memoed, codingId, new WriteMemo("  ", 2), Amir, Now)).Find(codingId)!.Memo.ShouldBeNull();

        var document = WriteDocumentMemoEndpoint.Decide(atHand, new WriteDocumentMemo(1, "Read twice.", 1), Amir, Now);
        atHand.After(document).MemoOn(1).ShouldBe("Read twice.");
        WriteDocumentMemoEndpoint.Decide(atHand, new WriteDocumentMemo(1, new string('m', 4001), 1), Amir, Now).Rejection!.Detail
            .ShouldBe("A memo has at most 4000 characters; this one has 4001.");
        WriteDocumentMemoEndpoint.Decide(AtHand(Olive), new WriteDocumentMemo(1, "mine", 0), Olive, Now).Rejection!.Status.ShouldBe(403);
    }

    [Fact]
    public void Submitting_closes_the_coders_codings_of_that_text_version_but_not_their_memos_and_happens_once()
    {
        var atHand = Coded(out var codingId);

        var submitted = SubmitDocumentCodingEndpoint.Decide(atHand, Amir, Now);
        submitted.Events.Single().ShouldBe(new DocumentCodingSubmitted("s1", "C1", "d1", 1, "amir", 1, Now));
        var closed = atHand with { Coding = atHand.After(submitted) };

        var refusals = new[]
        {
            ApplyCodingEndpoint.Decide(closed, Apply(1, 0, 8, expectedVersion: 2), "c9", Amir, Now),
            AdjustCodingEndpoint.Decide(closed, codingId, new AdjustCoding(0, 8, "Partners", null, 2), Amir, Now),
            RemoveCodingEndpoint.Decide(closed, codingId, new RemoveCoding(null, 2), Amir, Now),
            SubmitDocumentCodingEndpoint.Decide(closed, Amir, Now),
        };
        refusals.ShouldAllBe(d => d.Rejection!.Status == 400 && d.Rejection.Detail.Contains("You submitted your coding of d1 (text version 1)"));
        WriteCodingMemoEndpoint.Decide(closed, codingId, new WriteMemo("on reflection", 2), Amir, Now).Accepted.ShouldBeTrue();
        WriteDocumentMemoEndpoint.Decide(closed, new WriteDocumentMemo(1, "on reflection", 2), Amir, Now).Accepted.ShouldBeTrue();
    }

    [Fact]
    public void A_coder_who_finds_nothing_to_code_submits_an_empty_coding_and_starts_their_stream_with_it()
    {
        var decision = SubmitDocumentCodingEndpoint.Decide(AtHand(Amir), Amir, Now);

        var submission = AtHand(Amir).After(decision).SubmissionOf(1)!;
        (submission.Codings, submission.SubmittedAt).ShouldBe((0, Now));
        DocumentCoding.Create((DocumentCodingSubmitted)decision.Events.Single()).SubmissionOf(1).ShouldNotBeNull();
    }

    private static DocumentAtHand Coded(out string codingId)
    {
        var atHand = AtHand(Amir);
        var (start, end) = Span("co-produced the service");
        codingId = "c1";
        return atHand with { Coding = atHand.After(ApplyCodingEndpoint.Decide(atHand, Apply(3, start, end), codingId, Amir, Now)) };
    }
}
