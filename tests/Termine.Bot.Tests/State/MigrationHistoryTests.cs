using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Bot.State;
using Termine.Testing.Databases;

namespace Termine.Bot.Tests.State;

/// <summary>
/// The one read of each context's migrations history the start relies on to skip migrating: it must see what EF Core's
/// own applied/pending pair sees, and a restart on an up-to-date database must still find the same database.
/// </summary>
public sealed class MigrationHistoryTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task AfterBothMigrators_NothingIsPending_AndEveryCompiledMigrationIsApplied()
    {
        await using var host = await BotStateHost.StartAsync(_database);
        await using var bot = await host.Contexts.CreateDbContextAsync();
        await using var booking = await host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();

        foreach (DbContext db in new DbContext[] { bot, booking })
        {
            var history = await MigrationHistory.ReadAsync(db, CancellationToken.None);

            Assert.Empty(history.Pending);
            Assert.Equal(db.Database.GetMigrations().Order(StringComparer.Ordinal), history.Applied.Order(StringComparer.Ordinal));
            Assert.Equal(await db.Database.GetAppliedMigrationsAsync(), history.Applied.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task AMigrationMissingFromTheHistory_IsPending_AsEfCoreSaysToo()
    {
        await using var host = await BotStateHost.StartAsync(_database);
        await using var bot = await host.Contexts.CreateDbContextAsync();
        var last = bot.Database.GetMigrations().Last();
        using var asTheMigratorDoes = ReadOnlyContexts.AllowWrites(bot);
        await bot.Database.ExecuteSqlAsync($"DELETE FROM \"__BotMigrationsHistory\" WHERE \"MigrationId\" = {last}");

        var history = await MigrationHistory.ReadAsync(bot, CancellationToken.None);

        Assert.Equal([last], history.Pending);
        Assert.Equal(await bot.Database.GetPendingMigrationsAsync(), history.Pending);
        Assert.DoesNotContain(last, history.Applied);
    }

    [Fact]
    public async Task ARestartOnAnUpToDateDatabase_FindsTheSameDatabase()
    {
        Guid first;
        await using (var host = await BotStateHost.StartAsync(_database))
        {
            await using var db = await host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
            first = (await db.DatabaseIdentity.SingleAsync()).DatabaseId;
        }

        await using var restarted = await BotStateHost.StartAsync(_database);
        await using var again = await restarted.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();

        Assert.Equal(first, (await again.DatabaseIdentity.SingleAsync()).DatabaseId);
        Assert.Empty((await MigrationHistory.ReadAsync(again, CancellationToken.None)).Pending);
    }
}
