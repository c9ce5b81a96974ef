using JasperFx.Events.Projections;
using Marten;

namespace SibReview.Screening;

public static class ScreeningRegistration
{
    public static void AddScreening(this StoreOptions opts)
    {
        opts.Events.AddEventTypes([typeof(CasesAssignedForScreening), typeof(ScreeningDecisionRecorded),
            typeof(ScreeningDecisionRevised), typeof(ScreeningConsensusRecorded)]);
        opts.Projections.Add(new ScreeningStatusProjection(), ProjectionLifecycle.Inline);
        opts.Schema.For<ScreeningStatus>().DocumentAlias("screening_status").Index(x => x.StudyId);
    }
}
