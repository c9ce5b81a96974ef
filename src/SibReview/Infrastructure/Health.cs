using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SibReview.Infrastructure;

/// <summary>Healthy once the app has started (projections and the live fan-out are running) and PostgreSQL answers.</summary>
public sealed class Health(IDocumentStore store, IHostApplicationLifetime lifetime) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (!lifetime.ApplicationStarted.IsCancellationRequested)
            return HealthCheckResult.Unhealthy("starting");
        try
        {
            await using var session = store.QuerySession();
            await session.QueryAsync<int>("select 1", ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database unreachable", e);
        }
    }
}
