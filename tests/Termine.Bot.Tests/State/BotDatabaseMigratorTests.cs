using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Persistence;
using Termine.Testing.Databases;

namespace Termine.Bot.Tests.State;

public sealed class BotDatabaseMigratorTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task TheMigrator_OnOneDatabase_KeepsBothContextsHistoriesApartAndMatchesTheModel()
    {
        await using var host = await BotStateHost.StartAsync(database);

        await using var bot = await host.Contexts.CreateDbContextAsync();
        await using var booking = await host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var botMigrations = (await bot.Database.GetAppliedMigrationsAsync()).ToList();
        var bookingMigrations = (await booking.Database.GetAppliedMigrationsAsync()).ToList();

        Assert.Single(botMigrations, m => m.EndsWith("_InitialBotState", StringComparison.Ordinal));
        Assert.DoesNotContain(bookingMigrations, m => m.EndsWith("_InitialBotState", StringComparison.Ordinal));
        Assert.Contains(bookingMigrations, m => m.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Empty(await bot.Database.GetPendingMigrationsAsync());
        Assert.Empty(await booking.Database.GetPendingMigrationsAsync());
        Assert.False(bot.Database.HasPendingModelChanges());
        Assert.False(booking.Database.HasPendingModelChanges());
    }
}
