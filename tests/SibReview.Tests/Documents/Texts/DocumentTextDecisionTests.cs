using Shouldly;
using SibReview.Accounts;
using SibReview.Documents;
using SibReview.Documents.Texts;
using Xunit;

namespace SibReview.Tests.Documents.Texts;

/// <summary>Adding a text version, and what texts forbid, without a database.</summary>
public sealed class DocumentTextDecisionTests
{
    private const string Case = "INDIGO-POJ-0120";
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Bea = new("bea", "Bea Lindqvist");

    private static CaseDocuments Register() => CaseDocuments.Create(new DocumentRegisterSeeded(Case,
        [new CaseDocument("d1", "Final evaluation", DocumentType.Evaluation, null, null, null, null, [], "suggested"),
            new CaseDocument("d2", "Interim evaluation", DocumentType.Evaluation, null, null, null, null, [], "suggested")],
        DocumentRegister.SeededBy, Now));

    private static UploadedText Upload(string text, string? note = null) =>
        new(ExtractedText.Unpaged(text), "evaluation.txt", "text/plain", text.Length, note);

    private static DocumentTextAdded Added(CaseDocuments register, string documentId, string text) =>
        AddDocumentTextEndpoint.Decide(register, documentId, Upload(text), Bea, Now).Events.OfType<DocumentTextAdded>().Single();

    [Fact]
    public void The_first_text_of_a_document_is_version_1_and_the_event_says_who_added_which_text_when()
    {
        var added = Added(Register(), "d1", "Partners co-produced the service.\r\n");

        added.ShouldBe(new DocumentTextAdded(Case, "d1", 1, "INDIGO-POJ-0120/d1/v1", ExtractedText.Hash("Partners co-produced the service."),
            33, 0, "evaluation.txt", "text/plain", 35, null, "bea", Now));
    }

    [Fact]
    public void Another_text_is_the_next_version_of_that_document_only()
    {
        var register = CaseDocuments.Apply(Added(Register(), "d1", "first"), Register());

        Added(register, "d1", "second").TextVersion.ShouldBe(2);
        Added(register, "d2", "second").TextVersion.ShouldBe(1);
    }

    [Fact]
    public void The_same_text_again_is_nothing_to_change_even_uploaded_from_another_file()
    {
        var register = CaseDocuments.Apply(Added(Register(), "d1", "same words"), Register());

        var decision = AddDocumentTextEndpoint.Decide(register, "d1", Upload("same words\r\n\r\n") with { FileName = "copy.md" }, Bea, Now);

        decision.Events.ShouldBeEmpty();
        decision.Rejection!.Detail.ShouldBe("This text is already version 1 of d1 (from 'evaluation.txt', added by bea on 2026-11-29); nothing to change.");
    }

    [Fact]
    public void A_text_for_a_document_not_in_the_register_is_not_found() =>
        AddDocumentTextEndpoint.Decide(Register(), "d9", Upload("x"), Bea, Now).Rejection!.Status.ShouldBe(404);

    [Fact]
    public void A_note_longer_than_the_register_s_notes_is_refused() =>
        AddDocumentTextEndpoint.Decide(Register(), "d1", Upload("x", new string('n', 4001)), Bea, Now).Rejection!.Detail
            .ShouldContain("at most 4000 characters");

    [Fact]
    public void A_document_with_text_is_not_merged_away_but_may_take_others_in()
    {
        var register = CaseDocuments.Apply(Added(Register(), "d2", "interim findings"), Register());

        MergeDocumentsEndpoint.Decide(register, new MergeDocuments(["d1", "d2"], null, "same report", 1), Bea, Now).Rejection!.Detail
            .ShouldBe("d2 has text, which codings may cite by its id: list d2 first, so that it keeps its id.");
        MergeDocumentsEndpoint.Decide(register, new MergeDocuments(["d2", "d1"], null, "same report", 1), Bea, Now).Accepted.ShouldBeTrue();
        var both = CaseDocuments.Apply(Added(register, "d1", "final findings"), register);
        MergeDocumentsEndpoint.Decide(both, new MergeDocuments(["d2", "d1"], null, "same report", 1), Bea, Now).Rejection!.Detail
            .ShouldContain("d2 and d1 both have text");
    }
}
