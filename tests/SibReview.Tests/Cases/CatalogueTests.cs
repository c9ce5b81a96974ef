using Shouldly;
using SibReview.Cases.Catalogue;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Cases;

public sealed class CatalogueTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task Filtering_to_UK_impact_bonds_live_2015_to_2020_gives_the_74_candidates()
    {
        var coder = await app.SignedInAs("amir");
        var result = await coder.GetJson<CatalogueResult>("/api/cases?country=GB&liveFrom=2015&liveTo=2020");
        result!.Total.ShouldBe(74);
        result.Cases.ShouldAllBe(c => c.Countries.Contains("GB") && c.LiveYear >= 2015 && c.LiveYear <= 2020);
    }

    [Fact]
    public async Task The_demo_study_lists_the_74_INDIGO_candidates_and_narrows_them_further()
    {
        var coder = await app.SignedInAs("amir");
        (await coder.GetJson<CatalogueResult>("/api/studies/demo/candidates"))!.Total.ShouldBe(74);

        var homelessness = await coder.GetJson<CatalogueResult>("/api/studies/demo/candidates?sector=Homelessness");
        homelessness!.Total.ShouldBeInRange(1, 73);
        homelessness.Cases.ShouldAllBe(c => c.PolicySector == "Homelessness");

        var early = await coder.GetJson<CatalogueResult>("/api/studies/demo/candidates?liveTo=2016");
        early!.Cases.ShouldAllBe(c => c.LiveYear >= 2015 && c.LiveYear <= 2016);
    }

    [Fact]
    public async Task The_whole_catalogue_holds_all_319_impact_bonds_with_their_facets()
    {
        var coder = await app.SignedInAs("bea");
        (await coder.GetJson<CatalogueResult>("/api/cases"))!.Total.ShouldBe(319);

        var facets = await coder.GetJson<CatalogueFacets>("/api/cases/facets");
        facets!.Countries.Single(f => f.Value == "GB").Count.ShouldBe(100);
        facets.Stages.Sum(f => f.Count).ShouldBe(319);
        facets.Funds.ShouldContain(f => f.Value.StartsWith("Life Chances Fund"));
    }

    [Fact]
    public async Task Filters_by_stage_sector_and_outcome_fund_combine()
    {
        var coder = await app.SignedInAs("bea");
        var all = (await coder.GetJson<CatalogueResult>("/api/cases?country=GB"))!.Cases;
        var fund = all.SelectMany(c => c.OutcomeFunds).GroupBy(f => f).OrderByDescending(g => g.Count()).First().Key;
        var expected = all.Count(c => c.OutcomeFunds.Contains(fund) && c.Stage == "Complete");

        var result = await coder.GetJson<CatalogueResult>($"/api/cases?country=GB&stage=Complete&fund={Uri.EscapeDataString(fund)}");

        result!.Total.ShouldBe(expected);
        expected.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Searching_names_finds_words_and_parts_of_words()
    {
        var coder = await app.SignedInAs("chen");
        var peterborough = await coder.GetJson<CatalogueResult>("/api/cases?q=Peterborough");
        peterborough!.Cases.ShouldContain(c => c.Id == "INDIGO-POJ-0153");

        var stemmed = await coder.GetJson<CatalogueResult>("/api/cases?q=homeless");
        stemmed!.Total.ShouldBeGreaterThan(5);
        stemmed.Cases.ShouldAllBe(c => c.Name.Contains("omeless", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_case_page_shows_parties_payments_metrics_and_every_INDIGO_source()
    {
        var coder = await app.SignedInAs("chen");
        var view = await coder.GetJson<CaseView>("/api/cases/INDIGO-POJ-0109");

        view!.Summary.Name.ShouldStartWith("Entrenched Homelessness Social Impact Bond");
        view.Record.MaxOutcomePayment.ShouldBe(1262980m);
        view.Record.OutcomeMetrics.ShouldNotBeEmpty();
        view.Record.Sources.Count.ShouldBe(view.Summary.SourceCount);
        view.GolabUrl.ShouldEndWith("/INDIGO-POJ-0109");
        view.History.Single().Kind.ShouldBe("imported");
    }

    [Fact]
    public async Task The_catalogue_holds_all_2072_INDIGO_source_rows()
    {
        var coder = await app.SignedInAs("chen");
        var all = await coder.GetJson<CatalogueResult>("/api/cases");
        all!.Cases.Sum(c => c.SourceCount).ShouldBe(2072);
    }

    [Fact]
    public async Task A_window_that_ends_before_it_starts_is_refused_with_a_problem()
    {
        var coder = await app.SignedInAs("amir");
        var detail = await (await coder.GetAsync("/api/cases?liveFrom=2020&liveTo=2015")).ShouldBeProblem(400);
        detail.ShouldContain("liveFrom");
    }

    [Fact]
    public async Task An_unknown_case_is_a_404_problem_that_says_what_ids_look_like()
    {
        var coder = await app.SignedInAs("amir");
        var detail = await (await coder.GetAsync("/api/cases/NOPE")).ShouldBeProblem(404);
        detail.ShouldContain("INDIGO-POJ");
    }
}
