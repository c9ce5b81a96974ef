using System.Net.Http.Json;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SibReview.Demo;
using Xunit;

namespace SibReview.Tests.Support;

/// <summary>The real app on its own fresh database, for one test class.</summary>
public class AppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await PostgresServer.CreateDatabaseAsync();
        _ = Server; // start the app: applies the schema
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("SIBREVIEW_DB", ConnectionString);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseEnvironment("Testing");
    }

    /// <summary>An HTTP client signed in as the given account (cookies kept per client).</summary>
    public async Task<HttpClient> SignedInAs(string userName, string password = DemoAccounts.Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/session", new { userName, password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}

/// <summary>The app with the demo in place: INDIGO imported, the demo accounts and study created.</summary>
public class DemoFixture : AppFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await DemoStudy.EnsureAsync(Store, DateTimeOffset.UtcNow, CancellationToken.None);
    }
}
