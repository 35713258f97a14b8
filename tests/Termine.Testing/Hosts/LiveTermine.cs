using System.Net;
using System.Net.Sockets;
using Termine.Testing.Databases;

namespace Termine.Testing.Hosts;

/// <summary>The whole host on a real loopback port, so a real browser can reach it.</summary>
public sealed class LiveTermine : IAsyncDisposable
{
    private readonly TermineFactory _factory;

    private LiveTermine(TermineFactory factory, string baseUrl, string pickup)
    {
        _factory = factory;
        BaseUrl = baseUrl;
        Pickup = pickup;
    }

    public string BaseUrl { get; }

    public string Pickup { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>The host's clock, which the test moves on.</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Time => _factory.Time;

    public HttpClient Client { get; } = new();

    /// <param name="settings">More configuration, for example a real SMTP server instead of the pickup folder.</param>
    public static LiveTermine Start(TestDatabase database, IDictionary<string, string?>? settings = null)
    {
        var port = FreePort();
        var pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
        var baseUrl = $"http://127.0.0.1:{port}";
        var configuration = new Dictionary<string, string?>
        {
            ["Termine:Mail:PickupDirectory"] = pickup,
            ["Termine:PublicBaseUrl"] = baseUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var factory = new TermineFactory(database, configuration);
        factory.ListenOnLoopback(port);
        factory.StartServer();
        var live = new LiveTermine(factory, baseUrl, pickup);
        live.Client.BaseAddress = new Uri(baseUrl);
        return live;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        if (Directory.Exists(Pickup))
        {
            Directory.Delete(Pickup, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
