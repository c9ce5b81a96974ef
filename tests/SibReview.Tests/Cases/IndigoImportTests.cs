using Marten;
using Shouldly;
using SibReview.Cases;
using SibReview.Cases.Catalogue;
using SibReview.Cases.Import;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Cases;

public sealed class IndigoImportTests(AppFixture app) : IClassFixture<AppFixture>, IDisposable
{
    private readonly TempDownload _download = new();

    public void Dispose() => _download.Dispose();

    private Task<ImportOutcome> Import() =>
        IndigoImport.RunAsync(app.Store, _download.Directory, "tester", DateTimeOffset.UtcNow, CancellationToken.None);

    [Fact]
    public async Task Importing_is_idempotent_and_a_changed_source_row_becomes_a_change_event()
    {
        var first = await Import();
        first.Plan!.Imported.Count.ShouldBe(319);
        var afterFirst = await app.EventCount();

        var second = await Import();
        second.Plan!.Unchanged.ShouldBe(319);
        (await app.EventCount()).ShouldBe(afterFirst);

        _download.Replace("key-datasets/original_projects.csv", ",1262980,", ",1300000,");
        var third = await Import();

        var change = third.Plan!.Changed.ShouldHaveSingleItem();
        change.CaseId.ShouldBe("INDIGO-POJ-0109");
        change.ChangedFields.ShouldBe(["MaxOutcomePayment"]);
        (await app.EventCount()).ShouldBe(afterFirst + 1);

        await using var session = app.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync("INDIGO-POJ-0109");
        events.Select(e => e.Data.GetType()).ShouldBe([typeof(CaseImportedFromIndigo), typeof(IndigoRecordChanged)]);
        ((CaseImportedFromIndigo)events[0].Data).Record.MaxOutcomePayment.ShouldBe(1262980m);
        (await session.LoadAsync<CatalogueEntry>("INDIGO-POJ-0109"))!.Record.MaxOutcomePayment.ShouldBe(1300000m);
    }

    [Fact]
    public async Task A_broken_file_is_reported_with_file_and_line_and_nothing_is_written()
    {
        var before = await app.EventCount();
        _download.Replace("all-data-by-type/original_projects_sources.csv", "INDIGO-POJ-0109,", "INDIGO-POJ-9999,");

        var outcome = await Import();

        outcome.Plan.ShouldBeNull();
        outcome.Problem!.ToString().ShouldStartWith("all-data-by-type/original_projects_sources.csv:");
        outcome.Problem.ToString().ShouldContain("INDIGO-POJ-9999");
        (await app.EventCount()).ShouldBe(before);
    }
}
