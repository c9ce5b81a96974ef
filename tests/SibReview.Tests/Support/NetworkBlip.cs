using System.Net;
using System.Net.Sockets;

namespace SibReview.Tests.Support;

/// <summary>
/// A TCP hop between a client and the app whose network a test can cut: <see cref="Cut"/> resets every connection
/// through it, as a dropped network or a sleeping laptop does to a browser, and every new one until <see cref="Restore"/>.
/// Both ends see the reset, so the app notices the drop at once rather than after its own timeout.
/// </summary>
public sealed class NetworkBlip : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _app;
    private readonly Task _accepting;
    private readonly Lock _gate = new();
    private readonly HashSet<Socket> _open = [];
    private bool _down;

    public NetworkBlip(Uri app)
    {
        _app = new IPEndPoint(IPAddress.Loopback, app.Port);
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    /// <summary>Where a client reaches the app through this hop.</summary>
    public Uri Address { get; }

    public void Cut()
    {
        lock (_gate)
        {
            _down = true;
            foreach (var socket in _open) Reset(socket);
            _open.Clear();
        }
    }

    public void Restore()
    {
        lock (_gate) _down = false;
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            Socket client;
            try { client = await _listener.AcceptSocketAsync(); }
            catch (Exception e) when (e is SocketException or ObjectDisposedException) { return; }
            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(Socket client)
    {
        var app = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (!Open(client) || !Open(app)) return;
            await app.ConnectAsync(_app);
            await Task.WhenAll(Pump(client, app), Pump(app, client));
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // The network was cut while connecting to the app.
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove(client);
                _open.Remove(app);
            }
            client.Dispose();
            app.Dispose();
        }
    }

    /// <summary>Copies one direction; an orderly close is passed on as one, a reset (or a cut) resets both ends.</summary>
    private static async Task Pump(Socket from, Socket to)
    {
        try
        {
            await using NetworkStream source = new(from), target = new(to);
            await source.CopyToAsync(target);
            to.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            Reset(from);
            Reset(to);
        }
    }

    /// <summary>Tracks a socket so that a cut reaches it; while the network is down, resets it instead.</summary>
    private bool Open(Socket socket)
    {
        lock (_gate)
        {
            if (_down) Reset(socket);
            else _open.Add(socket);
            return !_down;
        }
    }

    /// <summary>An abortive close: the peer gets a reset, as when the network drops, not an orderly goodbye.</summary>
    private static void Reset(Socket socket)
    {
        try { socket.LingerState = new LingerOption(true, 0); }
        catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
        socket.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _accepting;
        Cut();
    }
}
