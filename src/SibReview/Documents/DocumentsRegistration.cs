using JasperFx.Events.Projections;
using Marten;
using SibReview.Documents.Texts;

namespace SibReview.Documents;

public static class DocumentsRegistration
{
    public static void AddDocuments(this StoreOptions opts)
    {
        opts.Projections.Snapshot<CaseDocuments>(SnapshotLifecycle.Inline);
        opts.Schema.For<CaseDocuments>().DocumentAlias("case_documents");
        opts.Schema.For<DocumentText>().DocumentAlias("document_text");
    }
}
