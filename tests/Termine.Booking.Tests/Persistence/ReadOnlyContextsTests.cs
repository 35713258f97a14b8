using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Settings;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Booking.Tests.Persistence;

/// <summary>Contexts from the factory read; every write goes through <see cref="DatabaseWrites{TContext}"/>.</summary>
public sealed class ReadOnlyContextsTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private BookingHost _host = null!;

    public ReadOnlyContextsTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() => _host = await BookingHost.StartAsync(_database);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SaveChanges_OnAFactoryContext_IsRefusedAndWritesNothing()
    {
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        db.SettingsDocuments.Add(Document("refused"));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("DatabaseWrites", refused.Message, StringComparison.Ordinal);
        Assert.False(await ExistsAsync("refused"));
    }

    [Fact]
    public async Task ExecuteDelete_OnAFactoryContext_IsRefused()
    {
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SettingsDocuments.Where(d => d.Key == "none").ExecuteDeleteAsync());
    }

    [Fact]
    public async Task ReadingThroughAFactoryContext_AndWritingThroughAUnit_BothWork()
    {
        await _host.Get<DatabaseWrites<BookingDbContext>>().RunAsync(async (db, ct) =>
        {
            db.SettingsDocuments.Add(Document("written"));
            await db.SaveChangesAsync(ct);
        }, CancellationToken.None);

        Assert.True(await ExistsAsync("written"));
    }

    [Fact]
    public async Task AFactoryContextLentToAUnitBefore_ReadsOnlyAgainAfterwards()
    {
        // On PostgreSQL a unit borrows a pooled context from the factory: once returned, it must not write for a reader.
        for (var i = 0; i < 3; i++)
        {
            await _host.Get<DatabaseWrites<BookingDbContext>>().RunAsync(async (db, ct) =>
            {
                db.SettingsDocuments.Add(Document($"unit{i}"));
                await db.SaveChangesAsync(ct);
            }, CancellationToken.None);
        }

        await using var reader = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        reader.SettingsDocuments.Add(Document("after"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => reader.SaveChangesAsync());
    }

    private async Task<bool> ExistsAsync(string key)
    {
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.SettingsDocuments.AnyAsync(d => d.Key == key);
    }

    private static SettingsDocument Document(string key) => new() { Key = key, Json = "{}", Version = 1, ChangedBy = "test" };
}
