using System.Net.Http.Json;
using Shouldly;
using SibReview.Studies;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Studies;

public sealed class StudySettingsTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private async Task<StudyView> Demo(HttpClient client) => (await client.GetJson<StudyView>("/api/studies/demo"))!;

    [Fact]
    public async Task The_demo_study_has_one_lead_three_coders_and_an_observer()
    {
        var study = await Demo(await app.SignedInAs("amir"));

        study.Name.ShouldBe("Relational working and SIB outcomes (UK, 2015-2020)");
        study.MyRole.ShouldBe(StudyRole.Coder);
        study.Members.Count(m => m.Role == StudyRole.Lead).ShouldBe(1);
        study.Members.Count(m => m.Role == StudyRole.Coder).ShouldBe(3);
        study.Members.Count(m => m.Role == StudyRole.Observer).ShouldBe(1);
        study.Criteria.ShouldBe(new InclusionCriteria("GB", 2015, 2020, 4));
    }

    [Fact]
    public async Task The_lead_changes_the_tolerance_with_a_reason_and_the_history_says_who_and_why()
    {
        var lead = await app.SignedInAs("lena");
        var study = await Demo(lead);
        var target = study.Tolerance == 0.15m ? 0.10m : 0.15m;

        var response = await lead.PutAsJsonAsync("/api/studies/demo/tolerance",
            new { tolerance = target, reason = "align with protocol v2", expectedVersion = study.Version });

        (await response.Read<StudyVersion>()).Version.ShouldBe(study.Version + 1);
        var after = await Demo(lead);
        after.Tolerance.ShouldBe(target);
        var entry = after.History.Last();
        entry.By.ShouldBe("lena");
        entry.Reason.ShouldBe("align with protocol v2");
        entry.Description.ShouldContain($"{study.Tolerance:0.00#} -> {target:0.00#}");
    }

    [Fact]
    public async Task Of_two_leads_acting_on_the_same_version_one_wins_and_the_other_is_told()
    {
        var lead = await app.SignedInAs("lena");
        var study = await Demo(lead);

        var first = await lead.PutAsJsonAsync("/api/studies/demo/criteria", new
        {
            country = "GB", liveFrom = 2014, liveTo = 2020, minimumDistinctDocuments = 4, reason = "include 2014 pilots",
            expectedVersion = study.Version,
        });
        var second = await lead.PutAsJsonAsync("/api/studies/demo/tolerance",
            new { tolerance = 0.2m, reason = "sensitivity", expectedVersion = study.Version });

        first.IsSuccessStatusCode.ShouldBeTrue();
        (await second.ShouldBeProblem(409)).ShouldContain("Reload");
        (await Demo(lead)).Version.ShouldBe(study.Version + 1);

        await lead.PutAsJsonAsync("/api/studies/demo/criteria", new
        {
            country = "GB", liveFrom = 2015, liveTo = 2020, minimumDistinctDocuments = 4, reason = "back to protocol",
            expectedVersion = study.Version + 1,
        });
    }

    [Theory]
    [InlineData(1.5, "align", "between 0 and 1")]
    [InlineData(0, "align", "between 0 and 1")]
    [InlineData(0.2, "  ", "reason")]
    public async Task A_bad_tolerance_change_is_a_400_problem_and_writes_nothing(double tolerance, string reason, string expected)
    {
        var lead = await app.SignedInAs("lena");
        var study = await Demo(lead);
        var before = await app.EventCount();

        var response = await lead.PutAsJsonAsync("/api/studies/demo/tolerance",
            new { tolerance, reason, expectedVersion = study.Version });

        (await response.ShouldBeProblem(400)).ShouldContain(expected);
        (await app.EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_researcher_creates_a_study_and_leads_it()
    {
        var coder = await app.SignedInAs("chen");
        var created = await (await coder.PostAsJsonAsync("/api/studies",
            new { name = "Pilot replication", question = "Does it hold in Wales?" })).Read<StudyCreatedResponse>();

        var study = (await coder.GetJson<StudyView>($"/api/studies/{created.Id}"))!;
        study.MyRole.ShouldBe(StudyRole.Lead);
        (await coder.GetJson<List<StudyListItem>>("/api/studies"))!.Select(s => s.Id).ShouldContain(created.Id);

        var outsider = await app.SignedInAs("bea");
        await (await outsider.GetAsync($"/api/studies/{created.Id}")).ShouldBeProblem(404);
    }

    [Fact]
    public async Task The_lead_adds_a_member_who_then_sees_the_study()
    {
        var coder = await app.SignedInAs("amir");
        var created = await (await coder.PostAsJsonAsync("/api/studies",
            new { name = "Team study", question = "Q?" })).Read<StudyCreatedResponse>();

        var added = await coder.PostAsJsonAsync($"/api/studies/{created.Id}/members",
            new { userName = "olive", role = "observer", expectedVersion = 1 });
        added.IsSuccessStatusCode.ShouldBeTrue(await added.Content.ReadAsStringAsync());

        var observer = await app.SignedInAs("olive");
        (await observer.GetJson<StudyView>($"/api/studies/{created.Id}"))!.MyRole.ShouldBe(StudyRole.Observer);

        var unknown = await coder.PostAsJsonAsync($"/api/studies/{created.Id}/members",
            new { userName = "nobody", role = "coder", expectedVersion = 2 });
        (await unknown.ShouldBeProblem(400)).ShouldContain("no account 'nobody'");
    }
}
