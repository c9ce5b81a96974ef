using Marten;
using Shouldly;
using SibReview.Cases.Catalogue;
using SibReview.Demo;
using SibReview.Documents;
using SibReview.Documents.Texts;
using SibReview.Studies;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Documents.Texts;

/// <summary>The demo as ./ops/run.sh starts it, with every candidate's INDIGO profile to code.</summary>
public sealed class ProfiledDemoFixture : DemoFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await DemoCaseProfiles.EnsureAsync(Store, DateTimeOffset.UtcNow, CancellationToken.None);
    }
}

public sealed class DemoCaseProfilesTests(ProfiledDemoFixture app) : IClassFixture<ProfiledDemoFixture>
{
    private async Task<(IReadOnlyList<CaseDocuments> Registers, IReadOnlyDictionary<string, CatalogueEntry> Entries)> Candidates()
    {
        await using var session = app.Store.QuerySession();
        var study = (await session.LoadAsync<Study>(DemoStudy.Id))!;
        var ids = (await Catalogue.SearchAsync(session, new CatalogueFilter().Within(study.Criteria), CancellationToken.None)).Cases.Select(c => c.Id).ToList();
        return (await session.LoadManyAsync<CaseDocuments>(ids.Select(DocumentRegister.Key)),
            (await session.LoadManyAsync<CatalogueEntry>(ids)).ToDictionary(e => e.Id));
    }

    [Fact]
    public async Task Every_candidate_has_its_INDIGO_profile_as_a_document_with_a_text_to_code_attributed_to_INDIGO()
    {
        var (registers, entries) = await Candidates();
        await using var session = app.Store.QuerySession();

        registers.Count.ShouldBe(74);
        foreach (var register in registers)
        {
            var record = entries[register.CaseId].Record;
            var profile = register.Documents.Single(d => d.Url == CatalogueEndpoints.GolabPage(register.CaseId));
            (profile.Title, profile.Type, profile.Publisher).ShouldBe(($"Case profile from INDIGO: {record.Name}", DocumentType.Other,
                "Government Outcomes Lab, University of Oxford"));
            profile.Notes!.ShouldStartWith("Demo activity");
            var added = register.TextsOf(profile.Id).ShouldHaveSingleItem();
            (added.TextVersion, added.AddedBy, added.MediaType, added.Note).ShouldBe((1, "lena", "text/plain", profile.Notes));
            var text = (await session.LoadAsync<DocumentText>(added.TextId))!;
            text.Text.ShouldStartWith($"Case profile from INDIGO: {record.Name} ({record.Id})\n\nSource: INDIGO Impact Bond Dataset");
            text.Text.ShouldContain(CatalogueEndpoints.GolabPage(record.Id));
            if (record.Intervention is { } intervention) text.Text.ShouldContain($"Intervention\n{TextNormaliser.Normalise(intervention)}");
            text.ContentHash.ShouldBe(ExtractedText.Hash(text.Text));
        }
    }

    [Fact]
    public async Task A_profile_carries_the_outcome_metrics_definitions_and_does_not_count_for_screening()
    {
        var (registers, entries) = await Candidates();
        var register = registers.First(r => entries[r.CaseId].Record.OutcomeMetrics.Any(m => m.Definition is not null));
        var metric = entries[register.CaseId].Record.OutcomeMetrics.First(m => m.Definition is not null);
        await using var session = app.Store.QuerySession();

        var text = (await session.LoadAsync<DocumentText>(register.TextsOf(register.Documents[^1].Id).Single().TextId))!.Text;

        text.ShouldContain($"Definition: {TextNormaliser.Normalise(metric.Definition!)}");
        register.EligibleCount.ShouldBe(register.Documents.SkipLast(1).Count(d => DocumentTypes.Eligible.Contains(d.Type)));
    }

    [Fact]
    public async Task Running_the_demo_again_adds_nothing()
    {
        var before = await app.EventCount();

        await DemoCaseProfiles.EnsureAsync(app.Store, DateTimeOffset.UtcNow, CancellationToken.None);

        (await app.EventCount()).ShouldBe(before);
    }
}
