using Marten;
using SibReview.Infrastructure;

namespace SibReview.Demo;

/// <summary>With SIBREVIEW_DEMO=1 (as ./ops/run.sh starts it): ensure the demo before serving, then tell the newcomer how to sign in.</summary>
public sealed class DemoOnFirstRun(IDocumentStore store, TimeProvider clock, IConfiguration configuration,
    IHostApplicationLifetime lifetime, ILogger<DemoOnFirstRun> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var import = await DemoStudy.EnsureAsync(store, clock.GetUtcNow(), ct);
        await DemoScreening.EnsureAsync(store, clock.GetUtcNow(), ct);
        await DemoOutcomes.EnsureAsync(store, clock.GetUtcNow(), ct);
        // After the screening, whose demo coders count every document in a register.
        await DemoCaseProfiles.EnsureAsync(store, clock.GetUtcNow(), ct);
        // After the profiles, whose wording the demo coders judge the themes by.
        await DemoJudgements.EnsureAsync(store, clock.GetUtcNow(), ct);
        var plan = import.Plan!;
        logger.LogInformation("INDIGO import: {Imported} new, {Changed} changed, {Unchanged} unchanged impact bonds",
            plan.Imported.Count, plan.Changed.Count, plan.Unchanged);
        lifetime.ApplicationStarted.Register(() => Console.WriteLine(Welcome(Settings.Urls(configuration))));
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    private static string Welcome(string urls)
    {
        var people = DemoAccounts.People.Select(p =>
            $"    {p.Role.ToString().ToLowerInvariant(),-9} {p.UserName,-6} ({p.DisplayName})");
        return $"""

            SibReview is ready: {urls}
              Demo study: "{DemoStudy.Name}"
              Sign in with password "{DemoAccounts.Password}" as:
            {string.Join(Environment.NewLine, people)}
            Press Ctrl-C to stop.

            """;
    }
}
