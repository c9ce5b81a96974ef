using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using SibReview.Reconciliation;
using SibReview.Tests.Coding.Segments;
using SibReview.Tests.Outcomes;
using SibReview.Tests.Reconciliation;
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
    public async Task Document_coding_is_exported_once_its_coder_submitted_it_and_a_rooms_consensus_on_a_passage_with_it()
    {
        var caseId = await RoomApi.PassageDispute(app);
        await CodingApi.Code(await app.SignedInAs("chen"), caseId, RoomApi.PassageText, 3, "Partners", 0).Saved();
        var proposed = await (await RoomApi.Propose(await app.SignedInAs("bea"), caseId, "absent", null, "consulted, not co-produced", 0,
            key: "segment-d1-v1-t3-9-39")).Read<RoomActed>();
        (await RoomApi.Endorse(await app.SignedInAs("amir"), caseId, $"p{proposed.Version}", "segment-d1-v1-t3-9-39")).EnsureSuccessStatusCode();

        var rows = (await (await app.SignedInAs("lena")).GetFromJsonAsync<JsonElement>("/api/studies/demo/audit")).EnumerateArray()
            .Where(r => r.GetProperty("case").GetString() == caseId).ToList();
        string[] Of(string type) => [.. rows.Where(r => r.GetProperty("event").GetString() == type).Select(r => r.GetProperty("by").GetString()!)];
        Of("segment_coded").ShouldBe(["amir", "bea"]);
        Of("document_coding_submitted").ShouldBe(["amir", "bea"]);
        rows.ShouldNotContain(r => r.GetProperty("by").GetString() == "chen");
        rows.Single(r => r.GetProperty("event").GetString() == "segment_consensus_recorded").GetProperty("reason").GetString()!
            .ShouldEndWith("consulted, not co-produced");
    }

    [Fact]
    public async Task Coders_cannot_export_the_others_decisions_and_a_bad_format_is_refused()
    {
        await (await (await app.SignedInAs("bea")).GetAsync("/api/studies/demo/audit")).ShouldBeProblem(403);
        (await (await (await app.SignedInAs("olive")).GetAsync("/api/studies/demo/audit?format=xml")).ShouldBeProblem(400))
            .ShouldContain("csv or json");
    }
}
