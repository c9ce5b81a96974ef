using JasperFx.Events.Projections;
using Marten;

namespace SibReview.Studies;

public static class StudiesRegistration
{
    public static void AddStudies(this StoreOptions opts) =>
        opts.Projections.Snapshot<Study>(SnapshotLifecycle.Inline);
}
