using JasperFx.Events.Projections;
using Marten;

namespace SibReview.Coding.Segments;

public static class SegmentsRegistration
{
    public static void AddSegments(this StoreOptions opts)
    {
        opts.Events.AddEventTypes([typeof(SegmentCoded), typeof(SegmentCodingAdjusted), typeof(SegmentCodingRemoved),
            typeof(CodingMemoWritten), typeof(DocumentMemoWritten), typeof(DocumentCodingSubmitted), typeof(SegmentConsensusRecorded)]);
        opts.Projections.Snapshot<DocumentCoding>(SnapshotLifecycle.Inline);
        opts.Schema.For<DocumentCoding>().DocumentAlias("document_coding").Index(x => x.StudyId);
    }
}
