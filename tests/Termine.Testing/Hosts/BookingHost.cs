using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Termine.Booking;
using Termine.Booking.Persistence;
using Termine.Testing.Databases;
using Termine.Testing.Security;

namespace Termine.Testing.Hosts;

/// <summary>
/// The booking core as the host wires it: the repository's appsettings.json, the shipped catalog, a real database,
/// and a clock the test controls.
/// </summary>
public sealed class BookingHost : IAsyncDisposable
{
    /// <summary>Tuesday 24 November 2026, 09:00 in Grevenbroich.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private BookingHost(ServiceProvider services, FakeTimeProvider time)
    {
        _services = services;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _services;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <param name="configureServices">Adds what a host adds beside the core (a chat transport, for example).</param>
    public static async Task<BookingHost> StartAsync(
        TestDatabase database, IDictionary<string, string?>? settings = null, DateTimeOffset? now = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.shared.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Termine"] = database.ConnectionString,
                ["Termine:Database:Provider"] = database.Provider,
                // The shared appsettings.json has no public address (it is required outside Development).
                ["Termine:PublicBaseUrl"] = "http://localhost:5000",
                ["Termine:Tokens:Key"] = TestTokenKey.Value,
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var time = new FakeTimeProvider(now ?? DefaultNow);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging();
        services.AddBookingCore();
        configureServices?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return new BookingHost(provider, time);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
