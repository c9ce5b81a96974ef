using System.Net.Http.Json;
using Shouldly;
using SibReview.Audit;
using SibReview.Coding.Codebook;
using SibReview.Studies;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Coding.Codebook;

public sealed class CodebookApiTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    /// <summary>A study of its own for each test that changes a codebook, led by lena, with amir coding and olive observing.</summary>
    private async Task<(HttpClient Lead, string Id)> NewStudy()
    {
        var lead = await app.SignedInAs("lena");
        var id = (await (await lead.PostAsJsonAsync("/api/studies", new { name = "Codebook pilot", question = "Q?" }))
            .Read<StudyCreatedResponse>()).Id;
        (await lead.PostAsJsonAsync($"/api/studies/{id}/members", new { userName = "amir", role = "coder", expectedVersion = 1 }))
            .EnsureSuccessStatusCode();
        (await lead.PostAsJsonAsync($"/api/studies/{id}/members", new { userName = "olive", role = "observer", expectedVersion = 2 }))
            .EnsureSuccessStatusCode();
        return (lead, id);
    }

    private static async Task<CodebookView> Codebook(HttpClient client, string id, int? version = null) =>
        (await client.GetJson<CodebookView>($"/api/studies/{id}/codebook" + (version is { } v ? $"?version={v}" : "")))!;

    private static object Trust(int expectedVersion, int? parent = null) => new
    {
        name = "Trust", definition = "Partners describe trusting each other.", keywords = new[] { "trust*", "\"open and honest\"" },
        parent, reason = "seen in pilot coding", expectedVersion,
    };

    [Fact]
    public async Task The_demo_study_starts_with_the_eight_themes_at_version_1_for_every_member()
    {
        foreach (var member in new[] { "lena", "amir", "olive" })
        {
            var codebook = await Codebook(await app.SignedInAs(member), "demo");
            (codebook.Version, codebook.LatestVersion).ShouldBe((1, 1));
            codebook.Themes.Select(t => t.Number).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8]);
            codebook.Themes.Single(t => t.Number == 3).Keywords.ShouldContain("\"lived experience\"");
            codebook.History.ShouldHaveSingleItem().By.ShouldBe("lena");
        }
    }

    [Fact]
    public async Task A_new_study_starts_with_the_eight_themes_at_version_1()
    {
        var (lead, id) = await NewStudy();
        var codebook = await Codebook(lead, id);
        (codebook.Version, codebook.MyRole).ShouldBe((1, StudyRole.Lead));
        codebook.Themes.Select(t => t.Colour).ShouldBe(CodebookPalette.Colours.Take(8));
    }

    [Fact]
    public async Task The_lead_changes_the_codebook_and_every_version_stays_readable_with_who_what_and_why()
    {
        var (lead, id) = await NewStudy();
        (await (await lead.PostAsJsonAsync($"/api/studies/{id}/codebook/themes", Trust(1, parent: 2))).Read<CodebookSaved>())
            .ShouldBe(new CodebookSaved(id, 2, 9));
        var theme3 = (await Codebook(lead, id)).Themes.Single(t => t.Number == 3);
        (await lead.PutAsJsonAsync($"/api/studies/{id}/codebook/themes/3", new
        {
            theme3.Name, theme3.Definition, theme3.InclusionNotes, theme3.ExclusionNotes, theme3.ExampleQuotes, theme3.Colour,
            keywords = theme3.Keywords.Append("citizen panel*"), reason = "panels found in two evaluations", expectedVersion = 2,
        })).EnsureSuccessStatusCode();
        (await lead.PutAsJsonAsync($"/api/studies/{id}/codebook/themes/9/parent", new { parent = (int?)null, reason = "stands alone", expectedVersion = 3 }))
            .EnsureSuccessStatusCode();
        (await lead.PostAsJsonAsync($"/api/studies/{id}/codebook/themes/9/retire", new { reason = "folded into theme 2", expectedVersion = 4 }))
            .EnsureSuccessStatusCode();

        var coder = await app.SignedInAs("amir");
        var now = await Codebook(coder, id);
        (now.Version, now.LatestVersion).ShouldBe((5, 5));
        now.Themes.Single(t => t.Number == 9).Retired.ShouldBeTrue();
        now.History.Select(h => (h.Version, h.By, h.Reason, h.Theme)).ShouldBe([
            (1, "lena", null, null), (2, "lena", "seen in pilot coding", 9), (3, "lena", "panels found in two evaluations", 3),
            (4, "lena", "stands alone", 9), (5, "lena", "folded into theme 2", 9),
        ]);
        now.History[2].Description.ShouldBe("revised theme 3 \"Co-creation and co-production\": keywords added: citizen panel*");

        var second = await Codebook(coder, id, version: 2);
        (second.Version, second.LatestVersion).ShouldBe((2, 5));
        second.Themes.Single(t => t.Number == 9).ShouldSatisfyAllConditions(t => t.Parent.ShouldBe(2), t => t.Retired.ShouldBeFalse());
        second.Themes.Single(t => t.Number == 3).Keywords.ShouldNotContain("citizen panel*");
        (await Codebook(coder, id, version: 1)).Themes.Count.ShouldBe(8);
        (await coder.GetJson<StudyView>($"/api/studies/{id}"))!.History.Select(h => h.Description)
            .ShouldContain("changed theme 9 of the codebook (now version 5)");
        var added = (await lead.GetJson<List<AuditRow>>($"/api/studies/{id}/audit"))!.Single(r => r.Event == "theme_added");
        (added.By, added.Reason).ShouldBe(("lena", "seen in pilot coding"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task A_version_the_codebook_never_had_is_a_400_naming_the_versions_it_has(int version)
    {
        var (lead, id) = await NewStudy();
        (await (await lead.GetAsync($"/api/studies/{id}/codebook?version={version}")).ShouldBeProblem(400))
            .ShouldBe($"version must be between 1 and 1, the codebook's versions; got {version}.");
    }

    [Fact]
    public async Task Of_two_changes_made_on_the_same_version_one_wins_and_the_other_is_told_and_writes_nothing()
    {
        var (lead, id) = await NewStudy();
        (await lead.PostAsJsonAsync($"/api/studies/{id}/codebook/themes", Trust(1))).EnsureSuccessStatusCode();
        var before = await app.EventCount();

        var stale = await lead.PostAsJsonAsync($"/api/studies/{id}/codebook/themes/8/retire", new { reason = "unused", expectedVersion = 1 });

        (await stale.ShouldBeProblem(409)).ShouldBe("The codebook changed since you loaded it (you had version 1, it is now version 2). " +
            "Reload it and apply your change again; nothing was recorded.");
        (await app.EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Two_changes_racing_on_one_version_leave_exactly_one_of_them()
    {
        var (lead, id) = await NewStudy();
        var other = await app.SignedInAs("lena");
        var answers = await Task.WhenAll(
            lead.PostAsJsonAsync($"/api/studies/{id}/codebook/themes", Trust(1)),
            other.PostAsJsonAsync($"/api/studies/{id}/codebook/themes/8/retire", new { reason = "unused", expectedVersion = 1 }));

        answers.Select(a => (int)a.StatusCode).Order().ShouldBe([200, 409]);
        (await Codebook(lead, id)).LatestVersion.ShouldBe(2);
    }

    [Theory]
    [InlineData("""{"name":"Trust","definition":"d","keywords":["co*"],"reason":"r","expectedVersion":1}""", 400, "Keyword 1 (\"co*\"): A prefix needs")]
    [InlineData("""{"name":"Trust","definition":"d","colour":"teal","reason":"r","expectedVersion":1}""", 400, "colour must be a hex colour")]
    [InlineData("""{"name":"Trust","definition":"d","parent":12,"reason":"r","expectedVersion":1}""", 400, "There is no theme 12 to be the parent")]
    [InlineData("""{"name":"Trust","definition":"d","expectedVersion":1}""", 400, "Give a reason")]
    public async Task A_bad_theme_is_a_400_naming_the_problem_and_writes_nothing(string body, int status, string problem)
    {
        var (lead, id) = await NewStudy();
        var before = await app.EventCount();
        var response = await lead.PostAsync($"/api/studies/{id}/codebook/themes",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        (await response.ShouldBeProblem(status)).ShouldContain(problem);
        (await app.EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Coders_and_observers_may_not_change_the_codebook_and_strangers_do_not_see_it()
    {
        var (_, id) = await NewStudy();
        var before = await app.EventCount();
        foreach (var reader in new[] { "amir", "olive" })
        {
            var client = await app.SignedInAs(reader);
            (await (await client.PostAsJsonAsync($"/api/studies/{id}/codebook/themes", Trust(1))).ShouldBeProblem(403))
                .ShouldContain("Only the study's lead");
        }
        var stranger = await app.SignedInAs("bea");
        await (await stranger.GetAsync($"/api/studies/{id}/codebook")).ShouldBeProblem(404);
        await (await stranger.PostAsJsonAsync($"/api/studies/{id}/codebook/themes", Trust(1))).ShouldBeProblem(404);
        (await app.EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task An_unknown_theme_or_study_is_a_404()
    {
        var (lead, id) = await NewStudy();
        (await (await lead.PostAsJsonAsync($"/api/studies/{id}/codebook/themes/12/retire", new { reason = "r", expectedVersion = 1 }))
            .ShouldBeProblem(404)).ShouldContain("There is no theme 12");
        await (await lead.PostAsJsonAsync("/api/studies/nope/codebook/themes", Trust(1))).ShouldBeProblem(404);
    }
}
