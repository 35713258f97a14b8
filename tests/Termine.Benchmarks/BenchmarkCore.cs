using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Termine.Booking;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;

namespace Termine.Benchmarks;

/// <summary>
/// The booking core wired as tests/Termine.Testing/Hosts/BookingHost does it: the repository's
/// appsettings.json (copied next to the binaries as appsettings.shared.json), the shipped catalog, a SQLite file
/// migrated by the <see cref="DatabaseMigrator"/> (so WAL is on, as in production) and a clock that stands still.
/// </summary>
public sealed class BenchmarkCore : IAsyncDisposable
{
    /// <summary>Tuesday 24 November 2026, 09:00 in Grevenbroich: the same "now" as the tests.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The configured 11 desks cannot hold 50,000 appointments in a year (36,694 slots in the seeder's scheme), so the
    /// benchmark doubles every team's desks. Everything else is the repository's appsettings.json.
    /// </summary>
    /// <summary>Termine:Tokens:Key of every benchmark host (required outside Development): 35 bytes, base64.</summary>
    public const string TokensKey = "dGVybWluZS1iZW5jaG1hcmstdG9rZW4ta2V5LTAxMjM0NTY=";

    public static readonly IReadOnlyDictionary<string, string?> BenchmarkSettings = new Dictionary<string, string?>
    {
        ["Termine:Scheduling:Desks:residence"] = "8",
        ["Termine:Scheduling:Desks:employment"] = "4",
        ["Termine:Scheduling:Desks:humanitarian"] = "4",
        ["Termine:Scheduling:Desks:service"] = "6",
    };

    private readonly ServiceProvider _services;

    private BenchmarkCore(ServiceProvider services, FakeTimeProvider time)
    {
        _services = services;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <param name="databaseFile">The SQLite file; created and migrated when missing.</param>
    /// <param name="settings">Overrides of the repository's appsettings.json; null: <see cref="BenchmarkSettings"/>.</param>
    /// <param name="withChangeHandlers">
    /// False leaves out the <see cref="IAppointmentChangeHandler"/>s (the outbox rows written inside the booking's
    /// transaction), to tell the core's own cost from theirs.
    /// </param>
    /// <param name="migrate">False for a core that only computes (the grid), without touching the database.</param>
    public static async Task<BenchmarkCore> StartAsync(
        string databaseFile, IEnumerable<KeyValuePair<string, string?>>? settings = null, bool withChangeHandlers = true, bool migrate = true)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.shared.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Termine"] = $"Data Source={databaseFile}",
                ["Termine:Database:Provider"] = "Sqlite",
                // Required by the booking core: the residents' tokens are derived from it.
                ["Termine:Tokens:Key"] = TokensKey,
                // Required to compose the e-mails' links (the outbox composes at send time).
                ["Termine:PublicBaseUrl"] = "http://localhost:5000",
            })
            .AddInMemoryCollection(settings ?? BenchmarkSettings)
            .Build();
        var time = new FakeTimeProvider(Now);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging();
        services.AddBookingCore();
        if (!withChangeHandlers)
        {
            services.RemoveAll<IAppointmentChangeHandler>();
        }

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        if (migrate)
        {
            await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        }

        return new BenchmarkCore(provider, time);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
