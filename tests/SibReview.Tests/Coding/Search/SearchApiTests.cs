using System.Net.Http.Json;
using Marten;
using Shouldly;
using SibReview.Cases.Catalogue;
using SibReview.Coding.Search;
using SibReview.Studies;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Coding.Search;

/// <summary>The search over HTTP: a theme's keywords, counts and paging over the study's documents, who may search, refusals.</summary>
public sealed class SearchApiTests(SearchFixture app) : IClassFixture<SearchFixture>
{
    [Fact]
    public async Task A_theme_runs_its_whole_keyword_list_and_each_line_names_the_keyword_that_found_it()
    {
        var caseId = app.NewCase();
        await app.Upload(caseId, "d1",
            "Young people with lived experience co-designed the referral form, and peer mentors co-produced the sessions.");
        var coder = await app.SignedInAs("chen");

        var results = await (await coder.GetAsync($"/api/studies/demo/search?theme=3&caseId={caseId}")).Read<SearchResults>();

        results.Theme.ShouldBe(3);
        results.Keywords.ShouldContain("co-produc*");
        results.Results.Single().Lines.Select(l => (l.Keyword, l.Match)).ShouldBe([
            ("\"lived experience\"", "lived experience"), ("co-design*", "co-designed"), ("peer mentor*", "peer mentors"),
            ("co-produc*", "co-produced"),
        ]);
    }

    [Fact]
    public async Task Counts_take_in_every_matching_document_of_the_study_and_pages_go_by_document_in_case_order()
    {
        var cases = new[] { app.NewCase(), app.NewCase(), app.NewCase() };
        foreach (var caseId in cases) await app.Upload(caseId, "d1", $"The zorblax pilot in {caseId}. Another zorblax note.");
        await app.Upload(cases[0], "d1", "A text with no such word, as version 2.", "v2.txt");
        var observer = await app.SignedInAs("olive");

        var first = await (await observer.GetAsync("/api/studies/demo/search?q=zorblax&pageSize=1")).Read<SearchResults>();
        var second = await (await observer.GetAsync("/api/studies/demo/search?q=zorblax&pageSize=1&page=2")).Read<SearchResults>();

        (first.Documents, first.Cases, first.Pages, second.Page).ShouldBe((2, 2, 2, 2));
        var order = (await observer.GetJson<CatalogueResult>("/api/studies/demo/candidates"))!.Cases
            .Select(c => c.Id).Where(id => id == cases[1] || id == cases[2]).ToList();
        first.Results.Concat(second.Results).Select(d => d.CaseId).ShouldBe(order);
        first.Results.Single().HitCount.ShouldBe(2);
    }

    public static TheoryData<string, int, string> Refusals => new()
    {
        { "q=co-produc*%20NEAR%20users", 400, "NEAR at character 12 needs a distance in words, as in co-produc* NEAR/5 users" },
        { "q=the", 400, "\"the\" is only stop words" },
        { "q=%22lived%20experience", 400, "is never closed" },
        { "", 400, "Type a keyword to search for (q), or choose a theme" },
        { "q=trust&theme=2", 400, "not both at once" },
        { "theme=99", 404, "There is no theme 99" },
        { "q=trust&caseId=INDIGO-POJ-9999", 404, "'INDIGO-POJ-9999' is not one of this study's candidate cases" },
        { "q=trust&documentId=d1", 400, "Name the case (caseId)" },
        { "q=trust&pageSize=51", 400, "pageSize must be between 1 and 50" },
        { "q=trust&page=0", 400, "page counts from 1" },
        { "q=trust&context=13", 400, "context must be between 0 and 12 words" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_search_that_cannot_run_is_a_problem_naming_what_is_wrong_and_writes_nothing(string query, int status, string detail)
    {
        var coder = await app.SignedInAs("amir");
        var (events, passages) = (await app.EventCount(), await PassageCount());

        (await (await coder.GetAsync($"/api/studies/demo/search?{query}")).ShouldBeProblem(status)).ShouldContain(detail);

        (await app.EventCount(), await PassageCount()).ShouldBe((events, passages));
    }

    [Fact]
    public async Task Only_members_of_the_study_search_its_documents()
    {
        var lead = await app.SignedInAs("chen");
        var id = (await (await lead.PostAsJsonAsync("/api/studies", new { name = "Other", question = "Q?" })).Read<StudyCreatedResponse>()).Id;

        (await (await (await app.SignedInAs("amir")).GetAsync($"/api/studies/{id}/search?q=trust")).ShouldBeProblem(404))
            .ShouldContain($"There is no study '{id}' that you are a member of");
    }

    private async Task<long> PassageCount()
    {
        await using var session = app.Store.QuerySession();
        return (await session.QueryAsync<long>($"select count(*) from {PassageIndex.PassagesTable}")).Single();
    }
}
