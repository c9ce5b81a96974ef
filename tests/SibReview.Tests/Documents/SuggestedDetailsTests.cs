using Shouldly;
using SibReview.Documents;
using Xunit;

namespace SibReview.Tests.Documents;

/// <summary>Type, publisher and year as suggested from INDIGO's columns and wording (titles are real INDIGO citations).</summary>
public sealed class SuggestedDetailsTests
{
    [Theory]
    [InlineData("Evaluation report", "Reconnection Worcestershire - Final in depth review - Authors: Rachel Wooldridge and Tim Fox", null, DocumentType.Evaluation)]
    [InlineData(null, "Evaluation of the Fair Chance Fund Final Report (ICF, 2019)", null, DocumentType.Evaluation)]
    [InlineData(null, "Ecorys and ATQ Consultants, \"West London Zone Collective Impact Bond - an in-depth review\" (2019)", null, DocumentType.Review)]
    [InlineData(null, "Ecorys and ATQ Consultants, \"HCT Independent Travel Training Social Impact Bond\" (20/03/2019)",
        "https://www.tnlcommunityfund.org.uk/media/research-documents/social-investment/CBO_Indepth_reviews_HCT_independent_travel.pdf", DocumentType.Review)]
    [InlineData(null, "Katy Laing et al., \"It was the turning point in my life\" (Institute of Health & Society, Newcastle University, 2017)", null, DocumentType.AcademicArticle)]
    [InlineData(null, "GO Lab, \"Case Study: Mental Health and Employment Partnership (Staffordshire, Haringey, & Tower Hamlets)\", (GO Lab, 2018)", null, DocumentType.CaseStudy)]
    [InlineData(null, "Investing to tackle loneliness: a discussion paper (Social Finance, 2015)", null, DocumentType.Commentary)]
    [InlineData(null, "(Inside Housing) We have reduced rough sleeping – but there is much more to do",
        "https://www.insidehousing.co.uk/comment/comment/we-have-reduced-rough-sleeping--but-there-is-much-more-to-do-60127", DocumentType.Commentary)]
    [InlineData(null, "Department for Education Press Release (27 Feb 2018)", null, DocumentType.News)]
    [InlineData("Press release", "Bridges closes second Social Outcomes Fund", null, DocumentType.News)]
    [InlineData(null, "(GMCA, 2018) Funding boost for Greater Manchester scheme assisting entrenched rough sleepers",
        "https://www.greatermanchester-ca.gov.uk/news/funding-boost-for-greater-manchester-scheme/", DocumentType.News)]
    [InlineData(null, "Email exchange with Bridges Fund Management on 02/02/2022", null, DocumentType.Other)]
    [InlineData(null, "Email correspondence with the evaluation team", null, DocumentType.Other)]
    [InlineData(null, "Commissioning Better Outcomes (CBO) fund evaluation, 'CBO health event: Learning from a Live SIB', Workshop", null, DocumentType.Other)]
    [InlineData("Contract", "Social Impact Bond evaluation framework", null, DocumentType.Other)]
    [InlineData("Website", "UK Contracts Finder – OCDS", null, DocumentType.Other)]
    [InlineData(null, "Hack and Learn - August 2021", null, DocumentType.Other)]
    [InlineData(null, "(Brighton and Hove City Council, 27 November 2017) Social Impact Bond – Entrenched Rough Sleepers",
        "https://present.brighton-hove.gov.uk/Published/$20171116093449_014469_0052956_CommitteeReportTemplate210617newsavedformat.docxA.ps.pdf", DocumentType.Other)]
    public void A_type_is_suggested_from_INDIGO_s_type_then_the_title_then_the_address(string? indigoType, string title, string? url,
        DocumentType expected) =>
        SuggestedDetails.Type(indigoType, title, url).ShouldBe(expected);

    [Theory]
    [InlineData(null, "James Ronicle & Neil Stanworth, 'Ways to Wellness Deep Dive Report: CBO Fund Evaluation' (Ecorys, 2015)", "Ecorys")]
    [InlineData(null, "Nicola Bromage & Adam Swersky, \"Outcomes-Based Commissioning\", (GO Lab, May 2018)", "GO Lab")]
    [InlineData(null, "(Greater London Authority Press Release, 02 March 2017) Mayor sets out plans", "Greater London Authority")]
    [InlineData(null, "Bridges Fund Management, \"Devon launches pioneering outcomes-based programme to prevent diabetes\"", "Bridges Fund Management")]
    [InlineData(null, "Latest CBO grant awards report (June 2022)", null)]
    [InlineData("INDIGO-ORG-0171, INDIGO-ORG-0306", "DCMS Data Portal for the Life Chances Fund", null)]
    [InlineData("Department for Work and Pensions (DWP)", "Quantitative assessment of impact (ICF, 2018)", "Department for Work and Pensions (DWP)")]
    public void A_publisher_comes_from_INDIGO_s_column_or_the_organisation_cited_with_a_year(string? indigo, string title, string? expected) =>
        SuggestedDetails.Publisher(indigo, title).ShouldBe(expected);

    [Theory]
    [InlineData("2020-07-01", "DCMS Data Portal for the Life Chances Fund", 2020)]
    [InlineData(null, "Fair Chance Fund Interim Report Year One (ICF, 2017)", 2017)]
    [InlineData(null, "Gloucestershire County Council, \"Help for long-term homeless people\" (11/12/2017)", 2017)]
    [InlineData(null, "Social Finance - ACTion Lincs project webpage", null)]
    public void A_year_comes_from_INDIGO_s_publication_date_or_a_year_closing_a_parenthesis(string? date, string title, int? expected) =>
        SuggestedDetails.Year(date, title).ShouldBe(expected);

    [Theory]
    [InlineData("academic article", DocumentType.AcademicArticle)]
    [InlineData("academicArticle", DocumentType.AcademicArticle)]
    [InlineData("Case-Study", DocumentType.CaseStudy)]
    [InlineData("EVALUATION", DocumentType.Evaluation)]
    [InlineData("memo", null)]
    [InlineData("", null)]
    public void Types_are_named_as_people_write_them(string text, DocumentType? expected) =>
        DocumentTypes.Parse(text).ShouldBe(expected);

    [Fact]
    public void Reviews_evaluations_commentaries_and_academic_articles_are_the_eligible_types() =>
        DocumentTypes.Eligible.OrderBy(t => t).ShouldBe(
            [DocumentType.Review, DocumentType.Evaluation, DocumentType.Commentary, DocumentType.AcademicArticle]);
}
