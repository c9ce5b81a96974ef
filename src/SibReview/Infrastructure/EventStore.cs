using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using Marten;
using SibReview.Accounts;
using SibReview.Agreement;
using SibReview.Cases;
using SibReview.Coding.Codebook;
using SibReview.Coding.Judgements;
using SibReview.Coding.Segments;
using SibReview.Coding.Search;
using SibReview.Coding.Suggestions;
using SibReview.Documents;
using SibReview.Live;
using SibReview.Outcomes;
using SibReview.Reconciliation;
using SibReview.Screening;
using SibReview.Studies;
using Weasel.Core;
using Wolverine.Marten;

namespace SibReview.Infrastructure;

/// <summary>One Marten store: events and documents in the "sibreview" schema; each capability registers its own parts.</summary>
public static class EventStore
{
    public const string Schema = "sibreview";

    public static void Configure(StoreOptions opts, string connectionString)
    {
        opts.Connection(connectionString);
        opts.DatabaseSchemaName = Schema;
        opts.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        opts.UseSystemTextJsonForSerialization(EnumStorage.AsString);
        // Case streams are keyed by their INDIGO id; every other stream by a readable string key too.
        opts.Events.StreamIdentity = StreamIdentity.AsString;
        // Live pushes ride on the async daemon: keep its idle poll well under a second.
        opts.Projections.SlowPollingTime = TimeSpan.FromMilliseconds(100);
        opts.Projections.FastPollingTime = TimeSpan.FromMilliseconds(50);
        opts.AddAccounts();
        opts.AddCases();
        opts.AddStudies();
        opts.AddCodebook();
        opts.AddSegments();
        opts.AddAgreement();
        opts.AddDocuments();
        opts.AddSearch();
        opts.AddSuggestions();
        opts.AddScreening();
        opts.AddOutcomes();
        opts.AddReconciliation();
        opts.AddJudgements();
    }

    /// <summary>The web app's store: schema applied at start, the live fan-out running in the async daemon.</summary>
    public static IServiceCollection AddEventStore(this IServiceCollection services, string connectionString)
    {
        services.AddMarten(opts => Configure(opts, connectionString))
            .UseLightweightSessions()
            .AddLiveFanOut()
            .IntegrateWithWolverine()
            .AddAsyncDaemon(DaemonMode.Solo)
            .ApplyAllDatabaseChangesOnStartup();
        return services;
    }

    /// <summary>A store for one command-line verb: no daemon, no web.</summary>
    public static DocumentStore ForCommandLine(string connectionString) =>
        DocumentStore.For(opts => Configure(opts, connectionString));
}
