using JasperFx.Events.Projections;
using Marten;

namespace SibReview.Outcomes;

public static class OutcomesRegistration
{
    public static void AddOutcomes(this StoreOptions opts)
    {
        opts.Events.AddEventTypes([typeof(AchievementAssessed), typeof(AchievementReassessed), typeof(OutcomeConsensusRecorded)]);
        opts.Projections.Add(new OutcomeStatusProjection(), ProjectionLifecycle.Inline);
        opts.Schema.For<OutcomeStatus>().DocumentAlias("outcome_status").Index(x => x.StudyId);
        opts.Projections.Snapshot<CaseEvidence>(SnapshotLifecycle.Inline);
        opts.Schema.For<CaseEvidence>().DocumentAlias("case_evidence");
    }
}
