using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Termine.Booking.Persistence;
using Termine.Bot.State;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.State;

/// <summary>
/// The bot's state and transcripts wired as the host wires them, on a test database, both migrators run. Two
/// instances over one database are two hosts; disposing one and starting another is a restart.
/// </summary>
internal sealed class BotStateHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private BotStateHost(ServiceProvider services) => _services = services;

    public FakeTimeProvider Time => (FakeTimeProvider)_services.GetRequiredService<TimeProvider>();

    public IDbContextFactory<BotDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<BotDbContext>>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public EfStorage NewStorage() => new(Contexts, Get<Termine.Booking.Persistence.Writes.DatabaseWrites<BotDbContext>>(), Time);

    public static async Task<BotStateHost> StartAsync(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Termine"] = database.ConnectionString,
                ["Termine:Database:Provider"] = database.Provider,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(BookingHost.DefaultNow));
        services.AddLogging();
        services.AddBookingPersistence();
        services.AddBotState();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return new BotStateHost(provider);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
