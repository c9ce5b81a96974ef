using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Screening;

public sealed class AssignmentSeedsDocumentsTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Assigning_a_case_records_its_document_register_so_the_hint_and_the_register_page_agree()
    {
        var lead = await app.SignedInAs("chen");
        var studyId = (await Json(await lead.PostAsJsonAsync("/api/studies", new { name = "Early SIBs", question = "Before 2015?" })))
            .GetProperty("id").GetString();
        (await lead.PutAsJsonAsync($"/api/studies/{studyId}/criteria", new
        {
            country = "GB", liveFrom = 2010, liveTo = 2014, minimumDistinctDocuments = 4, reason = "the early SIBs", expectedVersion = 1,
        })).EnsureSuccessStatusCode();
        (await lead.PostAsJsonAsync($"/api/studies/{studyId}/members", new { userName = "amir", role = "coder", expectedVersion = 2 }))
            .EnsureSuccessStatusCode();
        const string peterborough = "INDIGO-POJ-0153";
        (await Json(await lead.GetAsync($"/api/cases/{peterborough}/documents"))).GetProperty("seeded").GetBoolean().ShouldBeFalse();

        await Json(await lead.PostAsJsonAsync($"/api/studies/{studyId}/screening/assignments",
            new { caseIds = new[] { peterborough }, coders = new[] { "amir", "chen" }, perCase = 2 }));

        var register = await Json(await lead.GetAsync($"/api/cases/{peterborough}/documents"));
        register.GetProperty("seeded").GetBoolean().ShouldBeTrue();
        var coder = await app.SignedInAs("amir");
        var view = await Json(await coder.GetAsync($"/api/studies/{studyId}/screening/cases/{peterborough}"));
        view.GetProperty("eligibleDocuments").GetInt32().ShouldBe(register.GetProperty("eligibleCount").GetInt32());
    }
}
