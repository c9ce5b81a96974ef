using Shouldly;
using SibReview.Accounts;
using SibReview.Documents;
using SibReview.Infrastructure;
using Xunit;

namespace SibReview.Tests.Documents;

/// <summary>The register's deciders and its fold, without a database.</summary>
public sealed class DocumentDecisionTests
{
    private const string Case = "INDIGO-POJ-0120";
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Amir = new("amir", "Amir Haddad");

    private static CaseDocument Document(string id, DocumentType type, params string[] sources) => new(id, $"Report {id}", type,
        null, null, $"https://example.org/{id}.pdf", null, sources.Select(s => new DocumentSource(s, $"Report {id}, {s}", null, null)).ToList(),
        "suggested");

    /// <summary>d1 an evaluation cited three times, d2 a web page, d3 a review: two eligible documents.</summary>
    private static CaseDocuments Register() => CaseDocuments.Create(new DocumentRegisterSeeded(Case,
        [Document("d1", DocumentType.Evaluation, "source1", "source2", "source3"), Document("d2", DocumentType.Other, "source4"),
            Document("d3", DocumentType.Review, "source5")], DocumentRegister.SeededBy, Now));

    private static CaseDocuments Fold(CaseDocuments register, Decision decision)
    {
        decision.Rejection.ShouldBeNull();
        return decision.Events.Aggregate(register, (r, e) => e switch
        {
            DocumentsMerged m => CaseDocuments.Apply(m, r),
            DocumentSplit s => CaseDocuments.Apply(s, r),
            DocumentRetyped t => CaseDocuments.Apply(t, r),
            DocumentAdded a => CaseDocuments.Apply(a, r),
            _ => throw new InvalidOperationException(e.GetType().Name),
        });
    }

    private static void ShouldBeRefused(Decision decision, int status, string detail)
    {
        decision.Events.ShouldBeEmpty();
        decision.Rejection!.Status.ShouldBe(status);
        decision.Rejection.Detail.ShouldContain(detail);
    }

    [Fact]
    public void A_seeded_register_counts_its_evaluations_and_reviews_as_eligible() => Register().EligibleCount.ShouldBe(2);

    [Fact]
    public void Merging_records_the_documents_the_title_the_reason_who_and_when()
    {
        var decision = MergeDocumentsEndpoint.Decide(Register(), new MergeDocuments(["d1", "d3"], null, " same report ", 1), Amir, Now);

        var merged = decision.Events.OfType<DocumentsMerged>().Single();
        (merged.CaseId, merged.Title, merged.Reason, merged.MergedBy, merged.MergedAt).ShouldBe((Case, "Report d1", "same report", "amir", Now));
        merged.DocumentIds.ShouldBe(["d1", "d3"]);
    }

    [Fact]
    public void Merged_documents_count_once_and_the_first_keeps_its_id_and_takes_every_source()
    {
        var register = Fold(Register(), MergeDocumentsEndpoint.Decide(Register(),
            new MergeDocuments(["d1", "d3"], "Deep Dive Report (Ecorys, 2015)", "the review is the deep dive", 1), Amir, Now));

        register.Documents.Select(d => d.Id).ShouldBe(["d1", "d2"]);
        register.EligibleCount.ShouldBe(1);
        var merged = register.Find("d1")!;
        merged.Title.ShouldBe("Deep Dive Report (Ecorys, 2015)");
        merged.Sources.Select(s => s.Id).ShouldBe(["source1", "source2", "source3", "source5"]);
        merged.Evidence.ShouldStartWith("Merged from d1, d3 by amir: the review is the deep dive.");
    }

    [Theory]
    [InlineData(new[] { "d1" }, "x", "at least two different documents")]
    [InlineData(new[] { "d1", "d1" }, "x", "at least two different documents")]
    [InlineData(new[] { "d1", "d2" }, " ", "reason")]
    public void A_merge_of_fewer_than_two_documents_or_without_a_reason_is_refused(string[] ids, string reason, string detail) =>
        ShouldBeRefused(MergeDocumentsEndpoint.Decide(Register(), new MergeDocuments(ids, null, reason, 1), Amir, Now), 400, detail);

    [Fact]
    public void A_merge_naming_an_unknown_document_is_not_found() =>
        ShouldBeRefused(MergeDocumentsEndpoint.Decide(Register(), new MergeDocuments(["d1", "d9"], null, "x", 1), Amir, Now), 404,
            "no document 'd9'");

    [Fact]
    public void A_merged_title_over_500_characters_is_refused() =>
        ShouldBeRefused(MergeDocumentsEndpoint.Decide(Register(), new MergeDocuments(["d1", "d2"], new string('t', 501), "x", 1),
            Amir, Now), 400, "at most 500 characters");

    [Fact]
    public void Splitting_moves_the_named_sources_into_a_new_document_next_to_the_old_one()
    {
        var decision = SplitDocumentEndpoint.Decide(Register(), "d1",
            new SplitDocument(["source3"], "Interim Report (ICF, 2017)", "evaluation", "source3 cites the interim report", 1), Amir, Now);
        var split = decision.Events.OfType<DocumentSplit>().Single();
        split.SplitOff.ShouldBe(split.SplitOff with
        {
            Id = "d4", Title = "Interim Report (ICF, 2017)", Type = DocumentType.Evaluation, Publisher = "ICF", Year = 2017,
        });
        (split.Reason, split.SplitBy, split.SplitAt).ShouldBe(("source3 cites the interim report", "amir", Now));

        var register = Fold(Register(), decision);

        register.Documents.Select(d => (d.Id, string.Join(",", d.Sources.Select(s => s.Id))))
            .ShouldBe([("d1", "source1,source2"), ("d4", "source3"), ("d2", "source4"), ("d3", "source5")]);
        register.EligibleCount.ShouldBe(3);
        register.Find("d1")!.Evidence.ShouldEndWith("source3 split off into d4 by amir: source3 cites the interim report.");
    }

    [Theory]
    [InlineData(new[] { "source1", "source2", "source3" }, "some but not all")]
    [InlineData(new string[0], "some but not all")]
    [InlineData(new[] { "source4" }, "source4 is not one of d1's sources")]
    public void A_split_moving_all_none_or_foreign_sources_is_refused(string[] sourceIds, string detail) =>
        ShouldBeRefused(SplitDocumentEndpoint.Decide(Register(), "d1", new SplitDocument(sourceIds, "T", "review", "r", 1), Amir, Now),
            400, detail);

    [Theory]
    [InlineData(null, "review", "r", "title")]
    [InlineData("T", "memo", "r", "not a document type")]
    [InlineData("T", "review", "", "reason")]
    public void A_split_needs_a_title_a_known_type_and_a_reason(string? title, string type, string reason, string detail) =>
        ShouldBeRefused(SplitDocumentEndpoint.Decide(Register(), "d1", new SplitDocument(["source1"], title, type, reason, 1), Amir, Now),
            400, detail);

    [Fact]
    public void Splitting_an_unknown_document_is_not_found() =>
        ShouldBeRefused(SplitDocumentEndpoint.Decide(Register(), "d7", new SplitDocument(["source1"], "T", "review", "r", 1), Amir, Now),
            404, "no document 'd7'");

    [Fact]
    public void Retyping_records_from_to_and_why_and_changes_the_eligible_count()
    {
        var decision = RetypeDocumentEndpoint.Decide(Register(), "d2", new RetypeDocument("academic article", "a journal paper", 1), Amir, Now);

        decision.Events.ShouldBe([new DocumentRetyped(Case, "d2", DocumentType.Other, DocumentType.AcademicArticle, "a journal paper", "amir", Now)]);
        Fold(Register(), decision).EligibleCount.ShouldBe(3);
    }

    [Theory]
    [InlineData("d1", "evaluation", "r", 400, "already typed evaluation")]
    [InlineData("d1", "memo", "r", 400, "use one of review, evaluation, commentary, academic article, case study, news, other")]
    [InlineData("d1", "news", null, 400, "reason")]
    [InlineData("d8", "news", "r", 404, "no document 'd8'")]
    public void A_retype_to_the_same_or_an_unknown_type_without_a_reason_or_of_an_unknown_document_is_refused(string id, string type,
        string? reason, int status, string detail) =>
        ShouldBeRefused(RetypeDocumentEndpoint.Decide(Register(), id, new RetypeDocument(type, reason, 1), Amir, Now), status, detail);

    [Fact]
    public void Adding_a_document_INDIGO_does_not_cite_gives_it_the_next_id_and_no_sources()
    {
        var command = new AddDocument(" Social Impact Bonds in the UK (Carter, 2021) ", "academicArticle", "University of Oxford", 2021,
            "https://doi.org/10.1000/example", "found by the lead", 1);
        var decision = AddDocumentEndpoint.Decide(Register(), command, Amir, Now);

        var added = decision.Events.OfType<DocumentAdded>().Single();
        (added.CaseId, added.AddedBy, added.AddedAt).ShouldBe((Case, "amir", Now));
        added.Document.Sources.ShouldBeEmpty();
        added.Document.ShouldBe(new CaseDocument("d4", "Social Impact Bonds in the UK (Carter, 2021)", DocumentType.AcademicArticle,
            "University of Oxford", 2021, "https://doi.org/10.1000/example", "found by the lead", added.Document.Sources,
            "Added by amir; INDIGO does not cite it."));
        Fold(Register(), decision).EligibleCount.ShouldBe(3);
    }

    [Theory]
    [InlineData(" ", "review", null, null, null, "title")]
    [InlineData("T", "blog", null, null, null, "not a document type")]
    [InlineData("T", "review", 1850, null, null, "year must be between 1900 and 2100")]
    [InlineData("T", "review", null, "ftp://example.org/x", null, "url must be a web address")]
    [InlineData("T", "review", null, null, 4001, "Notes have at most 4000 characters")]
    [InlineData("report D2!", "review", null, null, null, "d2 (\"Report d2\") is already this document")]
    [InlineData("T", "review", null, "https://EXAMPLE.org/d3.pdf/", null, "d3 (\"Report d3\") is already this document")]
    public void Adding_needs_a_title_a_known_type_a_plausible_year_and_address_short_notes_and_a_new_document(string title, string type,
        int? year, string? url, int? notesLength, string detail)
    {
        var notes = notesLength is { } n ? new string('n', n) : null;
        ShouldBeRefused(AddDocumentEndpoint.Decide(Register(), new AddDocument(title, type, null, year, url, notes, 1), Amir, Now), 400, detail);
    }

    [Fact]
    public void A_title_over_500_characters_is_refused() =>
        ShouldBeRefused(AddDocumentEndpoint.Decide(Register(), new AddDocument(new string('t', 501), "review", null, null, null, null, 1),
            Amir, Now), 400, "at most 500 characters; this one has 501");

    [Fact]
    public void Ids_are_never_reused_after_a_merge_removes_the_highest()
    {
        var merged = Fold(Register(), MergeDocumentsEndpoint.Decide(Register(), new MergeDocuments(["d1", "d3"], null, "same", 1), Amir, Now));

        var added = AddDocumentEndpoint.Decide(merged, new AddDocument("Another report", "news", null, null, null, null, 2), Amir, Now);

        added.Events.OfType<DocumentAdded>().Single().Document.Id.ShouldBe("d4");
    }
}
