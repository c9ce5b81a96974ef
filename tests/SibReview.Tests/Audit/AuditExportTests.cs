using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using SibReview.Tests.Outcomes;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Audit;

public sealed class AuditExportTests(AssessedDemoFixture app) : IClassFixture<AssessedDemoFixture>
{
    [Fact]
    public async Task The_lead_exports_every_event_of_the_study_in_order_as_JSON_and_as_CSV()
    {
        var lead = await app.SignedInAs("lena");

        var rows = await lead.GetFromJsonAsync<JsonElement>("/api/studies/demo/audit");
        var all = rows.EnumerateArray().ToList();
        all[0].GetProperty("event").GetString().ShouldBe("study_created");
        all.Select(r => r.GetProperty("sequence").GetInt64()).ShouldBeInOrder();
        all.ShouldContain(r => r.GetProperty("event").GetString() == "screening_decision_recorded" && r.GetProperty("by").GetString() == "amir");
        all.ShouldContain(r => r.GetProperty("event").GetString() == "achievement_assessed" && r.GetProperty("case").GetString() != null);

        var csv = await lead.GetAsync("/api/studies/demo/audit?format=csv");
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await csv.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
        lines[0].ShouldBe("sequence,at,stream,event,case,by,reason,data");
        lines.Length.ShouldBe(all.Count + 1);
    }

    [Fact]
    public async Task Coders_cannot_export_the_others_decisions_and_a_bad_format_is_refused()
    {
        await (await (await app.SignedInAs("bea")).GetAsync("/api/studies/demo/audit")).ShouldBeProblem(403);
        (await (await (await app.SignedInAs("olive")).GetAsync("/api/studies/demo/audit?format=xml")).ShouldBeProblem(400))
            .ShouldContain("csv or json");
    }
}
