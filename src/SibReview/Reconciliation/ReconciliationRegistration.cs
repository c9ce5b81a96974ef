using JasperFx.Events.Projections;
using Marten;

namespace SibReview.Reconciliation;

public static class ReconciliationRegistration
{
    public static void AddReconciliation(this StoreOptions opts)
    {
        opts.Events.AddEventTypes([typeof(RoomCommentPosted), typeof(ResolutionProposed), typeof(ProposalEndorsed),
            typeof(ProposalObjected), typeof(ResolutionAgreed)]);
        opts.Projections.Add(new RoomStateProjection(), ProjectionLifecycle.Inline);
        opts.Schema.For<RoomState>().DocumentAlias("reconciliation_room");
    }

    /// <summary>The room's writers' turns and the hub's presence, one per node.</summary>
    public static IServiceCollection AddReconciliation(this IServiceCollection services) =>
        services.AddSingleton<RoomGate>().AddSingleton<RoomWriter>().AddSingleton<RoomPresence>();
}
