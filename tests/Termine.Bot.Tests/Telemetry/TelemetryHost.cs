using System.Net;
using System.Net.Sockets;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Telemetry;

/// <summary>The host on real loopback ports, because who may read /metrics depends on the connection's port and address.</summary>
internal sealed class TelemetryHost : IAsyncDisposable
{
    private TelemetryHost(TermineFactory factory, int port, int secondPort)
    {
        Factory = factory;
        Port = port;
        SecondPort = secondPort;
    }

    public TermineFactory Factory { get; }

    /// <summary>The port the host serves everything on.</summary>
    public int Port { get; }

    /// <summary>A second port the host listens on, for the metrics-port rule.</summary>
    public int SecondPort { get; }

    public static TelemetryHost Start(TestDatabase database, Func<int, IDictionary<string, string?>> settings)
    {
        var (port, secondPort) = (FreePort(), FreePort());
        var factory = new TermineFactory(database, settings(secondPort));
        factory.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port);
            k.Listen(IPAddress.Loopback, secondPort);
        });
        factory.StartServer();
        return new TelemetryHost(factory, port, secondPort);
    }

    public HttpClient Client(int port) => new() { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

    public ValueTask DisposeAsync() => Factory.DisposeAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
