using JasperFx.Events.Projections;
using Marten;
using SibReview.Cases.Catalogue;

namespace SibReview.Cases;

public static class CasesRegistration
{
    public static void AddCases(this StoreOptions opts)
    {
        opts.Projections.Snapshot<CatalogueEntry>(SnapshotLifecycle.Inline);
        opts.Schema.For<CatalogueEntry>().DocumentAlias("catalogue_entry").FullTextIndex(x => x.SearchName);
    }
}
