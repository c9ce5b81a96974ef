using JasperFx.Events.Projections;
using Marten;

namespace SibReview.Coding.Judgements;

public static class JudgementsRegistration
{
    /// <summary>SegmentCoded is named too: judgements read the workbench's codings from the log to check what they cite.</summary>
    public static void AddJudgements(this StoreOptions opts)
    {
        opts.Events.AddEventTypes([.. CaseJudgementsProjection.EventTypes, typeof(SegmentCoded)]);
        opts.Projections.Add(new CaseJudgementsProjection(), ProjectionLifecycle.Inline);
        opts.Schema.For<CaseJudgements>().DocumentAlias("case_judgements").Index(x => x.StudyId);
    }
}
