using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Microsoft.AspNetCore.SignalR;

namespace SibReview.Live;

/// <summary>
/// The one fan-out path: a Marten subscription reads the committed event log (whichever process wrote it,
/// the web app or the command line) and tells each topic's watchers the newest version.
/// </summary>
public sealed class LiveFanOut(IHubContext<ReviewHub> hub) : SubscriptionBase
{
    public override async Task<IChangeListener> ProcessEventsAsync(EventRange page, ISubscriptionController controller,
        IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var newest = new Dictionary<string, long>();
        foreach (var e in page.Events)
        foreach (var topic in Topics.Of(e.Data))
            newest[topic] = e.Sequence;

        foreach (var (topic, version) in newest)
            await hub.Clients.Group(topic).SendAsync(ReviewHub.ChangedMessage, new LiveChange(topic, version), cancellationToken);
        return NullChangeListener.Instance;
    }
}

public static class LiveRegistration
{
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddLiveFanOut(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten) =>
        marten.AddSubscriptionWithServices<LiveFanOut>(ServiceLifetime.Singleton, o => o.Options.SubscribeFromPresent());
}
