using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Termine.Testing.Databases;
using Termine.Testing.Security;

namespace Termine.Testing.Hosts;

/// <summary>The whole host in process, on a database of its own and a clock the test controls.</summary>
public sealed class TermineFactory(
    TestDatabase database, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>
{
    public FakeTimeProvider Time { get; } = new(BookingHost.DefaultNow);

    /// <summary>Serves on a real Kestrel on 127.0.0.1 at <paramref name="port"/> (0: any free one).</summary>
    /// <remarks>
    /// Not <c>UseKestrel(port)</c>: that sets the port on the built host's address list while the program's own
    /// <c>app.Run()</c> is already starting the server on another thread, and now and then loses that race
    /// ("Addresses cannot be modified after the server has started"). An endpoint in Kestrel's options is read at start.
    /// </remarks>
    public void ListenOnLoopback(int port) => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Termine", database.ConnectionString);
        builder.UseSetting("Termine:Database:Provider", database.Provider);
        // The factory makes the bot's project folder the content root (its wwwroot); the catalog is copied next to the binaries.
        builder.UseSetting("Termine:Catalog:Path", Path.Combine(AppContext.BaseDirectory, "catalog", "services.json"));
        // The test server's own address: required outside Development, and the streamUrls must reach the test server.
        builder.UseSetting("Termine:PublicBaseUrl", "http://localhost");
        // Required outside Development; the tests' QR codes and links are derived from it.
        builder.UseSetting("Termine:Tokens:Key", TestTokenKey.Value);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            configureServices?.Invoke(services);
        });
    }
}
