using JasperFx.Events.Projections;
using Marten;

namespace SibReview.Documents;

public static class DocumentsRegistration
{
    public static void AddDocuments(this StoreOptions opts)
    {
        opts.Projections.Snapshot<CaseDocuments>(SnapshotLifecycle.Inline);
        opts.Schema.For<CaseDocuments>().DocumentAlias("case_documents");
    }
}
