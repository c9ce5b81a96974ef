using Shouldly;
using SibReview.Cases;
using SibReview.Cases.Catalogue;
using SibReview.Cases.Import;
using SibReview.Cases.Indigo;
using Xunit;

namespace SibReview.Tests.Cases;

public sealed class ImportPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private static readonly IndigoRecord Peterborough = Indigo.ShippedDownload.Get("INDIGO-POJ-0153");

    private static Dictionary<string, CatalogueEntry> Catalogue(params IndigoRecord[] records) => records.ToDictionary(
        r => r.Id, r => CatalogueEntry.Create(new CaseImportedFromIndigo(r.Id, r, ImportPlan.Fingerprint(r), "t", Now)));

    [Fact]
    public void A_new_impact_bond_is_imported()
    {
        var plan = ImportPlan.Decide([Peterborough], Catalogue(), "t", Now);
        plan.Imported.ShouldHaveSingleItem().CaseId.ShouldBe("INDIGO-POJ-0153");
    }

    [Fact]
    public void An_unchanged_impact_bond_records_nothing()
    {
        var plan = ImportPlan.Decide([Peterborough], Catalogue(Peterborough), "t", Now);
        plan.Imported.ShouldBeEmpty();
        plan.Changed.ShouldBeEmpty();
        plan.Unchanged.ShouldBe(1);
    }

    [Fact]
    public void A_changed_impact_bond_records_what_changed()
    {
        var renamed = Peterborough with { Name = "HMP Peterborough", Stage = "Implementation" };
        var change = ImportPlan.Decide([renamed], Catalogue(Peterborough), "t", Now).Changed.ShouldHaveSingleItem();
        change.ChangedFields.ShouldBe(["Name", "Stage"]);
        change.Record.ShouldBe(renamed);
    }

    [Fact]
    public void The_catalogue_entry_follows_the_latest_record()
    {
        var entry = Catalogue(Peterborough)["INDIGO-POJ-0153"];
        var renamed = Peterborough with { Name = "HMP Peterborough" };
        var changed = new IndigoRecordChanged(renamed.Id, renamed, ImportPlan.Fingerprint(renamed), ["Name"], "t", Now);

        var after = CatalogueEntry.Apply(changed, entry);

        after.Summary.Name.ShouldBe("HMP Peterborough");
        after.Summary.LiveYear.ShouldBe(2010);
        after.Fingerprint.ShouldNotBe(entry.Fingerprint);
    }
}
