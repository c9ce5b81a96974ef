using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Shouldly;
using SibReview.Documents;
using SibReview.Live;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Documents;

/// <summary>
/// A case's documents over HTTP against PostgreSQL. Each test works on its own case, none of them a demo candidate,
/// so that whether the demo seeds its candidates' registers at start changes nothing here.
/// </summary>
public sealed class DocumentRegisterTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private static string Documents(string caseId) => $"/api/cases/{caseId}/documents";

    private static async Task<CaseDocumentsView> Register(HttpClient client, string caseId) =>
        (await client.GetJson<CaseDocumentsView>(Documents(caseId)))!;

    private async Task<IReadOnlyList<object>> Stream(string caseId)
    {
        await using var session = app.Store.QuerySession();
        return (await session.Events.FetchStreamAsync(DocumentRegister.Key(caseId))).Select(e => e.Data).ToList();
    }

    [Fact]
    public async Task Reading_a_case_nobody_has_curated_shows_INDIGO_s_suggestion_with_its_evidence_and_stores_nothing()
    {
        var coder = await app.SignedInAs("amir");
        var before = await app.EventCount();

        var response = await coder.GetAsync(Documents("INDIGO-POJ-0153"));

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(["caseId", "version", "seeded", "eligibleCount", "documents"]);
        (root.GetProperty("seeded").GetBoolean(), root.GetProperty("version").GetInt64()).ShouldBe((false, 0));
        root.GetProperty("eligibleCount").GetInt32().ShouldBe(4);
        var evaluation = root.GetProperty("documents")[1];
        evaluation.EnumerateObject().Select(p => p.Name).ShouldBe(
            ["id", "title", "type", "publisher", "year", "url", "notes", "eligible", "sources", "evidence", "texts"]);
        evaluation.GetProperty("texts").GetArrayLength().ShouldBe(0);
        evaluation.GetProperty("type").GetString().ShouldBe("evaluation");
        evaluation.GetProperty("eligible").GetBoolean().ShouldBeTrue();
        evaluation.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ShouldBe(["source2", "source12", "source16"]);
        evaluation.GetProperty("sources")[0].EnumerateObject().Select(p => p.Name).ShouldBe(["id", "name", "type", "url"]);
        evaluation.GetProperty("evidence").GetString()!.ShouldContain("INDIGO cites it in 3 source rows");
        root.GetProperty("documents")[0].GetProperty("type").GetString().ShouldBe("academicArticle");
        (await app.EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task An_unknown_case_is_a_404_problem_to_read_and_to_change()
    {
        var coder = await app.SignedInAs("amir");

        (await (await coder.GetAsync(Documents("INDIGO-POJ-9999"))).ShouldBeProblem(404)).ShouldContain("no case 'INDIGO-POJ-9999'");
        var add = await coder.PostAsJsonAsync(Documents("INDIGO-POJ-9999"), new { title = "T", type = "review", expectedVersion = 0 });
        await add.ShouldBeProblem(404);
    }

    [Fact]
    public async Task Seeding_starts_each_listed_register_once_as_SibReview_and_again_changes_nothing()
    {
        var seeded = await DocumentRegister.SeedAsync(app.Store, ["INDIGO-POJ-0002", "INDIGO-POJ-0005", "INDIGO-POJ-9999"],
            DateTimeOffset.UtcNow, CancellationToken.None);
        var events = await app.EventCount();

        var again = await DocumentRegister.SeedAsync(app.Store, ["INDIGO-POJ-0005", "INDIGO-POJ-0002"], DateTimeOffset.UtcNow,
            CancellationToken.None);

        (seeded, again).ShouldBe((2, 0));
        (await app.EventCount()).ShouldBe(events);
        var register = await Register(await app.SignedInAs("bea"), "INDIGO-POJ-0005");
        (register.Seeded, register.Version).ShouldBe((true, 1));
        (await Stream("INDIGO-POJ-0005")).ShouldHaveSingleItem().ShouldBeOfType<DocumentRegisterSeeded>()
            .SeededBy.ShouldBe("sibreview (INDIGO sources)");
    }

    [Fact]
    public async Task A_coder_merges_two_wordings_of_one_evaluation_and_the_first_change_seeds_the_register_in_the_same_write()
    {
        var coder = await app.SignedInAs("amir");
        var suggestion = await Register(coder, "INDIGO-POJ-0003");
        suggestion.EligibleCount.ShouldBe(3);
        suggestion.Documents.Where(d => d.Title.StartsWith("Evaluation of the Resilient Families service (Social Benefi"))
            .Select(d => d.Id).ShouldBe(["d2", "d5"]);

        var response = await coder.PostAsJsonAsync(Documents("INDIGO-POJ-0003") + "/merge", new
        {
            documentIds = new[] { "d2", "d5" }, reason = "the same ARTD evaluation; one citation misspells \"Benefit\"",
            expectedVersion = suggestion.Version,
        });

        (await response.Read<DocumentRegisterVersion>()).ShouldBe(new DocumentRegisterVersion("INDIGO-POJ-0003", 2, "d2"));
        var register = await Register(coder, "INDIGO-POJ-0003");
        (register.Seeded, register.Version, register.EligibleCount).ShouldBe((true, 2, 2));
        register.Documents.Select(d => d.Id).ShouldNotContain("d5");
        register.Documents.Single(d => d.Id == "d2").Sources.Select(s => s.Id)
            .ShouldBe(suggestion.Documents.Where(d => d.Id is "d2" or "d5").SelectMany(d => d.Sources.Select(s => s.Id)).Distinct());
        var stream = await Stream("INDIGO-POJ-0003");
        stream[0].ShouldBeOfType<DocumentRegisterSeeded>().SeededBy.ShouldBe(DocumentRegister.SeededBy);
        var merged = stream[1].ShouldBeOfType<DocumentsMerged>();
        (merged.MergedBy, merged.Reason).ShouldBe(("amir", "the same ARTD evaluation; one citation misspells \"Benefit\""));
    }

    [Fact]
    public async Task A_coder_splits_a_row_citing_another_report_off_into_a_new_document()
    {
        var coder = await app.SignedInAs("chen");
        var before = await Register(coder, "INDIGO-POJ-0138");
        before.Documents[0].Sources.Select(s => s.Id).ShouldContain("source7");

        var response = await coder.PostAsJsonAsync(Documents("INDIGO-POJ-0138") + "/d1/split", new
        {
            sourceIds = new[] { "source7" }, title = "Qualitative evaluation of the DWP Innovation Fund: Appendix A (DWP, 2016)",
            type = "evaluation", reason = "the appendix was published separately", expectedVersion = before.Version,
        });

        var changed = await response.Read<DocumentRegisterVersion>();
        changed.DocumentId.ShouldBe($"d{before.Documents.Count + 1}");
        var after = await Register(coder, "INDIGO-POJ-0138");
        after.Documents.Select(d => d.Id).Take(2).ShouldBe(["d1", changed.DocumentId]);
        after.Documents[0].Sources.Select(s => s.Id).ShouldNotContain("source7");
        var splitOff = after.Documents[1];
        (splitOff.Type, splitOff.Publisher, splitOff.Year, splitOff.Eligible).ShouldBe((DocumentType.Evaluation, "DWP", 2016, true));
        splitOff.Sources.ShouldHaveSingleItem().Id.ShouldBe("source7");
        splitOff.Evidence.ShouldBe("Split off from d1 by chen: the appendix was published separately.");
        after.EligibleCount.ShouldBe(before.EligibleCount + 1);
    }

    [Fact]
    public async Task Retyping_a_document_changes_the_eligible_count_the_screening_reads()
    {
        var coder = await app.SignedInAs("bea");
        var before = await Register(coder, "INDIGO-POJ-0006");
        var field = before.Documents.Single(d => d.Title.StartsWith("Social impact investment and recidivism: A field experiment"));
        field.Type.ShouldBe(DocumentType.Other);

        var response = await coder.PutAsJsonAsync($"{Documents("INDIGO-POJ-0006")}/{field.Id}/type",
            new { type = "academic article", reason = "a BOCSAR field experiment, peer reviewed", expectedVersion = before.Version });

        (await response.Read<DocumentRegisterVersion>()).DocumentId.ShouldBe(field.Id);
        await using var session = app.Store.QuerySession();
        var counts = await DocumentCounts.EligibleAsync(session, ["INDIGO-POJ-0006", "INDIGO-POJ-9999"], CancellationToken.None);
        counts.ShouldBe(new Dictionary<string, int> { ["INDIGO-POJ-0006"] = before.EligibleCount + 1, ["INDIGO-POJ-9999"] = 0 });
        var retyped = (await Stream("INDIGO-POJ-0006")).OfType<DocumentRetyped>().Single();
        (retyped.From, retyped.To, retyped.RetypedBy).ShouldBe((DocumentType.Other, DocumentType.AcademicArticle, "bea"));
    }

    [Fact]
    public async Task A_coder_adds_a_document_INDIGO_does_not_cite()
    {
        var coder = await app.SignedInAs("amir");
        var before = await Register(coder, "INDIGO-POJ-0007");

        var response = await coder.PostAsJsonAsync(Documents("INDIGO-POJ-0007"), new
        {
            title = "Resolve Social Benefit Bond Final Evaluation Report", type = "evaluation", publisher = "NSW Health", year = 2023,
            url = "https://www.health.nsw.gov.au/resolve-final-evaluation.pdf", notes = "found on the commissioner's site",
            expectedVersion = before.Version,
        });

        var changed = await response.Read<DocumentRegisterVersion>();
        var added = (await Register(coder, "INDIGO-POJ-0007")).Documents.Single(d => d.Id == changed.DocumentId);
        (added.Title, added.Publisher, added.Year, added.Notes, added.Eligible)
            .ShouldBe(("Resolve Social Benefit Bond Final Evaluation Report", "NSW Health", 2023, "found on the commissioner's site", true));
        added.Sources.ShouldBeEmpty();
        added.Evidence.ShouldBe("Added by amir; INDIGO does not cite it.");
    }

    [Fact]
    public async Task An_observer_reads_a_cases_documents_but_may_not_change_them()
    {
        var observer = await app.SignedInAs("olive");
        var before = await app.EventCount();

        var response = await observer.PostAsJsonAsync(Documents("INDIGO-POJ-0010"),
            new { title = "A report I found", type = "review", expectedVersion = 0 });

        (await response.ShouldBeProblem(403)).ShouldContain("observers read them");
        (await app.EventCount()).ShouldBe(before);
        (await observer.GetAsync(Documents("INDIGO-POJ-0010"))).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Of_two_people_acting_on_the_same_version_one_wins_and_the_other_is_told_the_current_version()
    {
        var amir = await app.SignedInAs("amir");
        var bea = await app.SignedInAs("bea");
        var seen = await Register(amir, "INDIGO-POJ-0008");

        var first = await amir.PutAsJsonAsync(Documents("INDIGO-POJ-0008") + "/d3/type",
            new { type = "news", reason = "a bank's media release", expectedVersion = seen.Version });
        var events = await app.EventCount();
        var second = await bea.PutAsJsonAsync(Documents("INDIGO-POJ-0008") + "/d4/type",
            new { type = "commentary", reason = "a sector body's view", expectedVersion = seen.Version });

        var won = await first.Read<DocumentRegisterVersion>();
        (await second.ShouldBeProblem(409)).ShouldContain($"you had version {seen.Version}, they are now at version {won.Version}");
        (await app.EventCount()).ShouldBe(events);
    }

    [Fact]
    public async Task Two_first_changes_at_once_seed_the_register_once()
    {
        var amir = await app.SignedInAs("amir");
        var bea = await app.SignedInAs("bea");

        var responses = await Task.WhenAll(
            amir.PutAsJsonAsync(Documents("INDIGO-POJ-0011") + "/d4/type", new { type = "news", reason = "r", expectedVersion = 0 }),
            bea.PutAsJsonAsync(Documents("INDIGO-POJ-0011") + "/d8/type", new { type = "commentary", reason = "r", expectedVersion = 0 }));

        responses.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        (await Stream("INDIGO-POJ-0011")).OfType<DocumentRegisterSeeded>().Count().ShouldBe(1);
    }

    public static TheoryData<string, object, int, string> BadChanges => new()
    {
        { "/d9/type", new { type = "review", reason = "r", expectedVersion = 0 }, 404, "no document 'd9'" },
        { "/d1/type", new { type = "pamphlet", reason = "r", expectedVersion = 0 }, 400, "not a document type" },
        { "/d1/type", new { type = "review", reason = "", expectedVersion = 0 }, 400, "Give a reason" },
        { "", new { title = new string('t', 501), type = "review", expectedVersion = 0 }, 400, "at most 500 characters" },
        { "", new { title = "T", type = "review", notes = new string('n', 4001), expectedVersion = 0 }, 400, "at most 4000 characters" },
        { "/merge", new { documentIds = new[] { "d1" }, reason = "r", expectedVersion = 0 }, 400, "at least two different documents" },
        { "/d1/split", new { sourceIds = new[] { "source1", "source2", "source5" }, title = "T", type = "review", reason = "r", expectedVersion = 0 },
            400, "some but not all" },
        { "/d1/split", new { sourceIds = Array.Empty<string>(), title = "T", type = "review", reason = "r", expectedVersion = 0 },
            400, "some but not all" },
    };

    [Theory]
    [MemberData(nameof(BadChanges))]
    public async Task A_bad_change_is_a_problem_that_writes_nothing_not_even_the_seed(string path, object body, int status, string detail)
    {
        var coder = await app.SignedInAs("amir");
        (await Register(coder, "INDIGO-POJ-0009")).Documents[0].Sources.Select(s => s.Id).ShouldBe(["source1", "source2", "source5"]);
        var before = await app.EventCount();

        var url = Documents("INDIGO-POJ-0009") + path;
        var response = path.EndsWith("/type") ? await coder.PutAsJsonAsync(url, body) : await coder.PostAsJsonAsync(url, body);

        (await response.ShouldBeProblem(status)).ShouldContain(detail);
        (await app.EventCount()).ShouldBe(before);
        (await Register(coder, "INDIGO-POJ-0009")).Seeded.ShouldBeFalse();
    }

    [Fact]
    public async Task Someone_not_signed_in_cannot_read_a_case_s_documents() =>
        (await app.CreateClient().GetAsync(Documents("INDIGO-POJ-0153"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_catalogue_watcher_is_told_when_a_case_s_documents_change()
    {
        await using var watcher = await app.LiveAs("olive");
        var changes = Channel.CreateUnbounded<LiveChange>();
        watcher.On<LiveChange>(ReviewHub.ChangedMessage, change => changes.Writer.TryWrite(change));
        await watcher.InvokeAsync("WatchCatalogue");
        var coder = await app.SignedInAs("chen");
        var register = await Register(coder, "INDIGO-POJ-0010");

        var response = await coder.PutAsJsonAsync(Documents("INDIGO-POJ-0010") + "/d8/type",
            new { type = "evaluation", reason = "the report evaluates the first Austrian SIB", expectedVersion = register.Version });
        response.EnsureSuccessStatusCode();

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        LiveChange change;
        do change = await changes.Reader.ReadAsync(patience.Token);
        while (change.Topic != Topics.Catalogue);
        change.Version.ShouldBeGreaterThan(0);
    }
}
