using Shouldly;
using SibReview.Cases.Indigo;
using SibReview.Documents;
using SibReview.Tests.Cases.Indigo;
using Xunit;

namespace SibReview.Tests.Documents;

/// <summary>The suggested grouping, on the source rows INDIGO ships for real impact bonds.</summary>
public sealed class GroupingIndigoSourcesTests
{
    private static IReadOnlyList<CaseDocument> Suggested(string caseId) => SourceGrouping.Suggest(ShippedDownload.Get(caseId).Sources);

    private static CaseDocument Citing(IReadOnlyList<CaseDocument> documents, string sourceId) =>
        documents.Single(d => d.Sources.Any(s => s.Id == sourceId) && d.Sources.Count > 1);

    private static string[] SourceIds(CaseDocument document) => document.Sources.Select(s => s.Id).ToArray();

    [Fact]
    public void The_Ecorys_deep_dive_cited_at_many_pages_of_Ways_to_Wellness_is_one_evaluation()
    {
        var sources = ShippedDownload.Get("INDIGO-POJ-0120").Sources;
        sources.Single(s => s.Id == "source2").Name.ShouldEndWith("(Ecorys, 2015), page 2");
        sources.Single(s => s.Id == "source3").Name.ShouldEndWith("(Ecorys, 2015) Page 3");

        var deepDive = Citing(Suggested("INDIGO-POJ-0120"), "source2");

        deepDive.Title.ShouldBe("James Ronicle & Neil Stanworth, 'Ways to Wellness Deep Dive Report: CBO Fund Evaluation' (Ecorys, 2015)");
        SourceIds(deepDive).ShouldBe(["source1", "source2", "source3", "source4", "source6", "source8", "source9", "source11",
            "source12", "source13", "source20", "source22", "source24"]);
        (deepDive.Type, deepDive.Publisher, deepDive.Year).ShouldBe((DocumentType.Evaluation, "Ecorys", 2015));
        deepDive.Evidence.ShouldContain("same title");
        deepDive.Evidence.ShouldContain("page 2, Page 3");
        deepDive.Evidence.ShouldContain("source11, source12, source13 also cite other documents");
    }

    [Fact]
    public void Distinct_reports_cited_in_the_same_rows_stay_apart()
    {
        var documents = Suggested("INDIGO-POJ-0120");

        var awards = documents.Single(d => d.Title.StartsWith("Big Lottery Fund, 'Commissioning Better Outcomes: Awards"));
        SourceIds(awards).ShouldBe(["source5", "source12", "source13"]);
        var laing = documents.Single(d => d.Title.StartsWith("Katy Laing et al."));
        laing.Type.ShouldBe(DocumentType.AcademicArticle);
        SourceIds(laing).ShouldBe(["source19"]);
        documents.Count.ShouldBe(16);
        documents.Select(d => d.Id).ShouldBe(Enumerable.Range(1, 16).Select(i => $"d{i}"));
    }

    [Fact]
    public void An_in_depth_review_cited_at_pages_1_6_and_4_to_5_is_one_document_and_the_evaluation_cited_beside_it_another()
    {
        var documents = Suggested("INDIGO-POJ-0119");

        var review = Citing(documents, "source8");
        SourceIds(review).ShouldBe(["source1", "source2", "source3", "source5", "source6", "source8", "source10"]);
        review.Evidence.ShouldContain("pages 4-5");
        var trailblazers = documents.Single(d => d.Title.StartsWith("Evaluation of the Social Impact Bond Trailblazers"));
        SourceIds(trailblazers).ShouldBe(["source6", "source7"]);
        trailblazers.Evidence.ShouldContain("source6 also cites other documents");
    }

    [Fact]
    public void Two_council_reports_cited_by_p_and_page_are_two_documents_each_gathering_its_own_pages()
    {
        var documents = Suggested("INDIGO-POJ-0109");

        SourceIds(Citing(documents, "source5")).ShouldBe(["source1", "source5", "source7", "source8", "source11", "source12"]);
        SourceIds(Citing(documents, "source9")).ShouldBe(["source3", "source9", "source10"]);
        Citing(documents, "source9").Evidence.ShouldContain("p. 3, page 6, p. 2");
    }

    [Fact]
    public void The_same_address_cited_in_different_words_is_one_document_and_says_so()
    {
        var apollo = Citing(Suggested("INDIGO-POJ-0123"), "source7");

        SourceIds(apollo).ShouldBe(["source2", "source3", "source5", "source6", "source7", "source8", "source9"]);
        apollo.Evidence.ShouldContain("Differently worded citations link the same address");
    }

    [Fact]
    public void A_citation_without_address_joins_the_addressed_report_of_the_same_title_and_year_but_not_an_earlier_edition()
    {
        var documents = Suggested("INDIGO-POJ-0133");

        var final = Citing(documents, "source1");
        final.Url.ShouldBe("https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/793810/Fair_Chance_Fund_final_report.pdf");
        SourceIds(final).ShouldContain("source21");
        var interim = documents.Single(d => d.Title.StartsWith("Fair Chance Fund Interim Report"));
        interim.Year.ShouldBe(2017);
        SourceIds(interim).ShouldNotContain("source1");
    }

    [Fact]
    public void Pages_of_one_website_with_one_title_stay_separate_documents()
    {
        var contractsFinder = Suggested("INDIGO-POJ-0161").Where(d => d.Title == "UK Contracts Finder").ToList();

        contractsFinder.Select(SourceIds).ShouldBe([["source13"], ["source14"], ["source15"]]);
    }

    [Fact]
    public void A_row_listing_three_bare_addresses_cites_three_documents()
    {
        var documents = Suggested("INDIGO-POJ-0154").Where(d => SourceIds(d).Contains("source5")).ToList();

        documents.Select(d => d.Url).ShouldBe(["http://www.traffordhousingtrust.co.uk", "https://england.shelter.org.uk/housing_advice",
            "http://www.thebrick.org.uk"]);
    }

    [Fact]
    public void Citations_split_at_semicolons_and_after_page_references_but_keep_a_list_of_pages_together()
    {
        var row = ShippedDownload.Get("INDIGO-POJ-0318").Sources.Single(s => s.Id == "source14").Name!;
        row.ShouldContain(" - p. 18; 20 and Ecorys and ATQ Consultants");

        var citations = Citations.In(row);

        citations.Select(c => c.Locators).ShouldBe([["p. 18; 20"], ["p.15"]]);
        citations[1].Title.ShouldBe("Ecorys and ATQ Consultants, \"West London Zone Collective Impact Bond - an in-depth review\" (2019)");
    }

    [Fact]
    public void Access_notes_embedded_addresses_and_the_P3_charity_are_not_page_references()
    {
        var access = Citations.In("https://beccarvarela.com/wp-content/uploads/2019/01/ll_bis_09-01-2019.pdf [Access: 22 jul 2019]").Single();
        (access.Title, access.Locators.Count).ShouldBe(("https://beccarvarela.com/wp-content/uploads/2019/01/ll_bis_09-01-2019.pdf", 0));

        var p3 = Citations.In(ShippedDownload.Get("INDIGO-POJ-0110").Sources.Single(s => s.Id == "source3").Name!).Single();
        p3.Title.ShouldBe("P3 (People Potential Possibilities) - Latest News, \"P3 to 'impact' street homelessness across Lincolnshire\" (31/03/2017)");
        p3.Locators.ShouldBeEmpty();
    }

    [Fact]
    public void Every_source_row_of_every_impact_bond_lands_in_a_document_and_no_document_is_empty()
    {
        foreach (var record in ShippedDownload.Records)
        {
            var documents = SourceGrouping.Suggest(record.Sources);
            var grouped = documents.SelectMany(d => d.Sources.Select(s => s.Id)).ToHashSet();
            record.Sources.Where(s => s.Name is not null).Select(s => s.Id!).ShouldBeSubsetOf(grouped, record.Id);
            documents.ShouldAllBe(d => d.Sources.Count > 0 && d.Title.Length > 0 && d.Title.Length <= DocumentRules.MaxTitle);
        }
    }

    [Fact]
    public void On_the_74_UK_candidates_626_source_rows_become_430_suggested_documents_36_of_an_eligible_type()
    {
        var candidates = ShippedDownload.Records.Where(r => ShippedDownload.IsUk(r) && r.LiveYear is >= 2015 and <= 2020).ToList();
        var registers = candidates.Select(r => SourceGrouping.Suggest(r.Sources)).ToList();

        candidates.Sum(r => r.Sources.Count).ShouldBe(626);
        registers.Sum(r => r.Count).ShouldBe(430);
        registers.Sum(r => r.Count(d => DocumentTypes.Eligible.Contains(d.Type))).ShouldBe(36);
        candidates.Where((_, i) => registers[i].Count(d => DocumentTypes.Eligible.Contains(d.Type)) >= 4)
            .Select(r => r.Id).ShouldBe(["INDIGO-POJ-0119"]);
    }

    private static IndigoSource Row(string id, string name, string? type = null, string? url = null) =>
        new(id, name, type, null, url, null, null, null, null);

    [Fact]
    public void INDIGO_type_column_and_address_column_are_used_when_a_row_cites_one_work()
    {
        var documents = SourceGrouping.Suggest([
            Row("source1", "Greater Manchester Entrenched Rough Sleeping Social Impact Bond - Year 2 and 3", "Evaluation report",
                "https://golab.bsg.ox.ac.uk/documents/gmca-rough-sleeping-sib-evaluation.pdf"),
            Row("source2", "Greater Manchester Entrenched Rough Sleeping Social Impact Bond - Year 2 and 3, page 4"),
        ]);

        var evaluation = documents.ShouldHaveSingleItem();
        (evaluation.Type, evaluation.Url).ShouldBe((DocumentType.Evaluation, "https://golab.bsg.ox.ac.uk/documents/gmca-rough-sleeping-sib-evaluation.pdf"));
        SourceIds(evaluation).ShouldBe(["source1", "source2"]);
    }
}
