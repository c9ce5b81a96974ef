using System.Net.Http.Json;
using Marten;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using SibReview.Live;
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
        StartServer(); // applies the schema
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("SIBREVIEW_DB", ConnectionString);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseEnvironment("Testing");
    }

    /// <summary>The sign-in cookie of an account, as a browser would hold it.</summary>
    public async Task<string> SignInCookie(string userName, string password = DemoAccounts.Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, BaseAddress = ClientOptions.BaseAddress });
        var response = await client.PostAsJsonAsync("/api/session", new { userName, password });
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
    }

    /// <summary>An HTTP client signed in as the given account.</summary>
    public async Task<HttpClient> SignedInAs(string userName, string password = DemoAccounts.Password)
    {
        var cookie = await SignInCookie(userName, password);
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, BaseAddress = ClientOptions.BaseAddress });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>A real SignalR client on the live hub, signed in as the given account.</summary>
    public virtual async Task<HubConnection> LiveAs(string userName)
    {
        var cookie = await SignInCookie(userName);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, ReviewHub.Path), o =>
            {
                o.HttpMessageHandlerFactory = _ => Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.Headers["Cookie"] = cookie;
            })
            .AddJsonProtocol()
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>How many events the store holds: "nothing was written" made checkable.</summary>
    public async Task<long> EventCount()
    {
        await using var session = Store.QuerySession();
        return await session.Events.QueryAllRawEvents().CountAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
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

/// <summary>
/// The demo app on a real Kestrel port, for clients that need a real network between them and the app: a browser, or a
/// connection that a test cuts (<see cref="NetworkBlip"/>).
/// </summary>
public class KestrelDemoFixture : DemoFixture
{
    public KestrelDemoFixture() => UseKestrel(0);

    public Uri Address => ClientOptions.BaseAddress;

    public override Task<HubConnection> LiveAs(string userName) => LiveAs(userName, Address);

    /// <summary>
    /// A SignalR client over real WebSockets to the app at an address (the app's own, or a hop in front of it), signed in
    /// as the given account. After a drop it reconnects by itself every 100 ms for 10 s, as the browser's does with backoff.
    /// </summary>
    public async Task<HubConnection> LiveAs(string userName, Uri address)
    {
        var cookie = await SignInCookie(userName);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(address, ReviewHub.Path), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.Headers["Cookie"] = cookie;
            })
            .WithAutomaticReconnect(Enumerable.Repeat(TimeSpan.FromMilliseconds(100), 100).ToArray())
            .AddJsonProtocol()
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
