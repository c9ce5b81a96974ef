using System.Text.Json.Serialization;
using JasperFx;
using Scalar.AspNetCore;
using SibReview.Demo;
using SibReview.Live;
using Wolverine;
using Wolverine.Http;

namespace SibReview.Infrastructure;

/// <summary>Wires the capabilities into one web app: API, live hub and the client's static files on one address.</summary>
public static class SibReviewApp
{
    public static void AddSibReview(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseUrls(Settings.Urls(builder.Configuration));
        builder.Host.UseWolverine(opts =>
        {
            opts.UseRuntimeCompilation();
            opts.Discovery.IncludeAssembly(typeof(SibReviewApp).Assembly);
        });

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddEventStore(Settings.ConnectionString(builder.Configuration));
        services.AddCookieSignIn();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        services.AddOpenApi();
        services.AddWolverineHttp();
        services.AddHealthChecks().AddCheck<Health>("database-and-projections");
        if (Settings.SeedDemo(builder.Configuration)) services.AddHostedService<DemoOnFirstRun>();
    }

    public static void UseSibReview(this WebApplication app)
    {
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        app.MapHub<ReviewHub>(ReviewHub.Path);
        app.MapWolverineEndpoints(o =>
        {
            o.MapConcurrencyFailuresToConflict();
            o.RejectUnparseableQueryValues = true;
        });
        app.Map("/api/{**rest}", (string rest) => Problems.NotFound($"There is no API at /api/{rest}; see /openapi/v1.json."));
        app.MapFallbackToFile("index.html").AllowAnonymous();
    }
}
