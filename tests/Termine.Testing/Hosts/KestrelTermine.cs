using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Termine.Testing.Databases;

namespace Termine.Testing.Hosts;

/// <summary>
/// The host on a real Kestrel on 127.0.0.1: the test server has no remote address, no body limit and no Server header.
/// </summary>
public sealed class KestrelTermine : IAsyncDisposable
{
    private readonly TermineFactory _factory;

    private KestrelTermine(TermineFactory factory, Uri address)
    {
        _factory = factory;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public static KestrelTermine Start(TestDatabase database, IDictionary<string, string?>? settings = null)
    {
        var factory = new TermineFactory(database, settings);
        factory.ListenOnLoopback(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KestrelTermine(factory, new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal)));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }
}
