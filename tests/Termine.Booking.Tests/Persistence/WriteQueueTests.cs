using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Identity;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Settings;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Booking.Tests.Persistence;

/// <summary>
/// <see cref="DatabaseWrites{TContext}"/> and, on SQLite, its <see cref="SqliteWriteQueue"/>: what one unit does stays
/// its own (kept, undone or failed) while the units beside it in the same batch commit together. Tests about the
/// queue itself (batches, its connection, the file) pass without checking under TERMINE_TEST_DATABASE=Postgres, as
/// the lost-database tests do.
/// </summary>
public sealed class WriteQueueTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private BookingHost _host = null!;

    private DatabaseWrites<BookingDbContext> Writes => _host.Get<DatabaseWrites<BookingDbContext>>();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _host = await BookingHost.StartAsync(_database);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ManyConcurrentUnits_AllRowsAreThere_InFewerCommitsThanUnits()
    {
        var commits = 0;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // The first unit holds the queue until every other unit waits in it, so they must share one batch.
        var first = Writes.RunAsync(async (db, ct) =>
        {
            if (!TestDatabase.UsePostgres)
            {
                CountCommits(db, () => Interlocked.Increment(ref commits));
            }

            await gate.Task;
            await AddAsync(db, "first", ct);
        }, CancellationToken.None);
        var units = Enumerable.Range(0, 100)
            .Select(i => Writes.RunAsync((db, ct) => AddAsync(db, $"unit-{i}", ct), CancellationToken.None))
            .ToList();
        gate.SetResult();
        await first;
        await Task.WhenAll(units);

        Assert.Equal(101, await CountAsync("first", "unit-"));
        if (!TestDatabase.UsePostgres)
        {
            await Writes.RunAsync((db, _) => Task.FromResult(OnCommit(db, null)), CancellationToken.None);
            // The first unit's batch, then one for the hundred that waited (fewer than SqliteWriteQueue.MaxBatch).
            Assert.InRange(commits, 1, 2);
        }
    }

    [Fact]
    public async Task UnitThatThrows_IsUndoneAlone_ItsCallerGetsTheException_OthersInTheBatchCommit()
    {
        var (gate, held) = await HoldTheQueueAsync();
        var before = Writes.RunAsync((db, ct) => AddAsync(db, "before", ct), CancellationToken.None);
        var failing = Writes.RunAsync(async (db, ct) =>
        {
            await AddAsync(db, "failing", ct);
            await db.SettingsDocuments.Where(d => d.Key == "before").ExecuteUpdateAsync(s => s.SetProperty(d => d.Json, "{\"changed\":1}"), ct);
            throw new InvalidOperationException("the unit's own failure");
        }, CancellationToken.None);
        var after = Writes.RunAsync((db, ct) => AddAsync(db, "after", ct), CancellationToken.None);
        gate.SetResult();
        await held;

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Equal("the unit's own failure", exception.Message);
        await before;
        await after;
        Assert.Equal(["after", "before"], await KeysAsync());
        Assert.Equal("{}", (await FindAsync("before"))!.Json);
    }

    [Fact]
    public async Task UnitWhoseResultSaysNo_IsUndoneAlone_AndItsCallerGetsTheResult()
    {
        var (gate, held) = await HoldTheQueueAsync();
        var kept = Writes.RunAsync(async (db, ct) =>
        {
            await AddAsync(db, "kept", ct);
            return "kept";
        }, result => result == "kept", CancellationToken.None);
        var undone = Writes.RunAsync(async (db, ct) =>
        {
            await AddAsync(db, "undone", ct);
            return "refused";
        }, result => result == "kept", CancellationToken.None);
        gate.SetResult();
        await held;

        Assert.Equal("kept", await kept);
        Assert.Equal("refused", await undone);
        Assert.Equal(["kept"], await KeysAsync());
    }

    [Fact]
    public async Task UniqueViolationInABatch_IsUndoneAlone_AndRunningAgainSeesTheWinner()
    {
        var (gate, held) = await HoldTheQueueAsync();
        var racers = Enumerable.Range(0, 2).Select(i => Writes.RunAsync(async (db, ct) =>
        {
            await AddAsync(db, "same", ct, json: $"{{\"racer\":{i}}}");
            return i;
        }, CancellationToken.None)).ToList();
        var bystander = Writes.RunAsync((db, ct) => AddAsync(db, "bystander", ct), CancellationToken.None);
        gate.SetResult();
        await held;

        var outcomes = await Task.WhenAll(racers.Select(r => Record.ExceptionAsync(() => r)));
        var lost = Assert.IsType<DbUpdateException>(Assert.Single(outcomes, o => o is not null));
        Assert.True(UniqueViolation.Is(lost));
        var winner = await racers[Array.IndexOf(outcomes, null)];
        await bystander;

        // The loser's retry reads inside a unit again and sees what the winner committed.
        var seen = await Writes.RunAsync(
            (db, ct) => db.SettingsDocuments.Where(d => d.Key == "same").Select(d => d.Json).SingleAsync(ct), CancellationToken.None);
        Assert.Equal($"{{\"racer\":{winner}}}", seen);
        Assert.Equal(["bystander", "same"], await KeysAsync());
    }

    [Fact]
    public async Task UnitInsideAUnit_ThrowsInvalidOperation_AlsoForAnotherContextType_AndTheQueueGoesOn()
    {
        var nested = await Assert.ThrowsAsync<InvalidOperationException>(() => Writes.RunAsync(async (db, ct) =>
        {
            await AddAsync(db, "outer", ct);
            await Writes.RunAsync((inner, innerCt) => AddAsync(inner, "inner", innerCt), ct);
        }, CancellationToken.None));
        Assert.Contains("cannot start another", nested.Message);
        if (!TestDatabase.UsePostgres)
        {
            // Another context type on the same queue (as the bot's context is).
            var other = new DatabaseWrites<SqliteBookingDbContext>(
                _host.Get<IOptions<DatabaseOptions>>(),
                _host.Get<IDbContextFactory<SqliteBookingDbContext>>(),
                _host.Get<SqliteWriteQueue>(),
                connection => new SqliteBookingDbContext(new DbContextOptionsBuilder<SqliteBookingDbContext>().UseSqlite(connection).Options));
            await Assert.ThrowsAsync<InvalidOperationException>(() => Writes.RunAsync(
                (_, ct) => other.RunAsync((inner, innerCt) => AddAsync(inner, "inner", innerCt), ct), CancellationToken.None));
        }

        await Writes.RunAsync((db, ct) => AddAsync(db, "later", ct), CancellationToken.None);
        Assert.Equal(["later"], await KeysAsync());
    }

    [Fact]
    public async Task CancelledCaller_IsNotRun()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var ran = false;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Writes.RunAsync((db, ct) =>
        {
            ran = true;
            return AddAsync(db, "early", ct);
        }, cancelled.Token));

        if (!TestDatabase.UsePostgres)
        {
            // Cancelled while it waits behind another unit in the queue.
            using var waiting = new CancellationTokenSource();
            var (gate, held) = await HoldTheQueueAsync();
            var queued = Writes.RunAsync((db, ct) =>
            {
                ran = true;
                return AddAsync(db, "queued", ct);
            }, waiting.Token);
            var beside = Writes.RunAsync((db, ct) => AddAsync(db, "beside", ct), CancellationToken.None);
            await waiting.CancelAsync();
            gate.SetResult();
            await held;

            var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);
            Assert.Equal(waiting.Token, exception.CancellationToken);
            await beside;
        }

        Assert.False(ran);
        Assert.DoesNotContain("early", await KeysAsync());
        Assert.DoesNotContain("queued", await KeysAsync());
    }

    [Fact]
    public async Task AfterCommit_RunsOnlyOnceTheCommitIsVisible_AndNeverForAnUndoneUnit()
    {
        bool? committedWhenRun = null;
        var undoneRan = false;
        var failedRan = false;
        var (gate, held) = await HoldTheQueueAsync();
        var kept = Writes.RunAsync(async (db, ct) =>
        {
            await AddAsync(db, "kept", ct);
            db.AfterCommit(() => committedWhenRun = VisibleToAnotherConnection("kept"));
        }, CancellationToken.None);
        var undone = Writes.RunAsync(async (db, ct) =>
        {
            await AddAsync(db, "undone", ct);
            db.AfterCommit(() => undoneRan = true);
            return false;
        }, keep => keep, CancellationToken.None);
        var failed = Writes.RunAsync(async (db, ct) =>
        {
            await AddAsync(db, "failed", ct);
            db.AfterCommit(() => failedRan = true);
            throw new InvalidOperationException("undo me");
        }, CancellationToken.None);
        gate.SetResult();
        await held;

        await kept;
        Assert.False(await undone);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failed);
        Assert.True(committedWhenRun);
        Assert.False(undoneRan);
        Assert.False(failedRan);
    }

    [Theory]
    [InlineData(DatabaseUnavailableReason.FileMissing)]
    [InlineData(DatabaseUnavailableReason.FileReplaced)]
    public async Task LostFile_FailsTheBatch_AndNothingIsWrittenToTheOldFile(DatabaseUnavailableReason lost)
    {
        if (TestDatabase.UsePostgres)
        {
            return;
        }

        await Writes.RunAsync((db, ct) => AddAsync(db, "before", ct), CancellationToken.None);
        var path = new SqliteConnectionStringBuilder(_database.ConnectionString).DataSource;
        var old = path + ".old";
        await CheckpointAsync(path);
        var (gate, held) = await HoldTheQueueAsync();
        // The queue's connection keeps the old file open; under its new name it can be read afterwards.
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Move(path + suffix, old + suffix);
        }

        if (lost == DatabaseUnavailableReason.FileReplaced)
        {
            File.Copy(old, path);
        }

        var units = Enumerable.Range(0, 3).Select(i => Writes.RunAsync((db, ct) => AddAsync(db, $"after-{i}", ct), CancellationToken.None)).ToList();
        gate.SetResult();
        // It began on the file before the loss and wrote nothing.
        await held;

        foreach (var unit in units)
        {
            var exception = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => unit);
            Assert.Equal(lost, exception.Reason);
        }

        await Assert.ThrowsAsync<DatabaseUnavailableException>(() => Writes.RunAsync((db, ct) => AddAsync(db, "later", ct), CancellationToken.None));
        SqliteConnection.ClearAllPools();
        Assert.Equal(["before"], await KeysInFileAsync(old));
        if (lost == DatabaseUnavailableReason.FileReplaced)
        {
            Assert.Equal(["before"], await KeysInFileAsync(path));
        }
        else
        {
            Assert.False(File.Exists(path), "Nothing may create a new file at the database's path.");
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(old + suffix);
        }
    }

    [Fact]
    public async Task FullDisk_FailsTheUnitThatNeededSpace_AndTheUnitsOfItsBatch_AndTheQueueKeepsWorking()
    {
        if (TestDatabase.UsePostgres)
        {
            return;
        }

        var (gate, held) = await HoldTheQueueAsync();
        var limited = Writes.RunAsync(async (db, ct) =>
        {
            var pages = await db.Database.SqlQueryRaw<long>("SELECT page_count AS \"Value\" FROM pragma_page_count()").SingleAsync(ct);
            // SQLite's own way to a full disk: the file may not grow by one page on this (the queue's) connection.
            // A number from SQLite itself; PRAGMA takes no parameters.
            var limit = "PRAGMA max_page_count = " + pages.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";";
            await db.Database.ExecuteSqlRawAsync(limit, ct);
        }, CancellationToken.None);
        var large = new string('x', 1_000_000);
        var tooLarge = Writes.RunAsync((db, ct) => AddAsync(db, "too-large", ct, json: $"\"{large}\""), CancellationToken.None);
        var room = Writes.RunAsync(
            (db, ct) => db.Database.ExecuteSqlRawAsync("PRAGMA max_page_count = 1073741823;", ct), CancellationToken.None);
        var fits = Writes.RunAsync((db, ct) => AddAsync(db, "fits", ct, json: $"\"{large}\""), CancellationToken.None);
        gate.SetResult();

        var full = await Assert.ThrowsAsync<DbUpdateException>(() => tooLarge);
        Assert.Equal(SqliteFull, Assert.IsType<SqliteException>(full.InnerException).SqliteErrorCode);
        // SQLite rolls back the whole transaction on a full disk: the unit before it in the batch is lost too, and told.
        Assert.Same(full, await Assert.ThrowsAsync<DbUpdateException>(() => limited));
        await held;
        await room;
        await fits;
        await Writes.RunAsync((db, ct) => AddAsync(db, "later", ct), CancellationToken.None);
        Assert.Equal(["fits", "later"], await KeysAsync());
    }

    [Fact]
    public async Task WhenSqliteEndsTheTransaction_EveryUnitOfTheBatchFails_AndTheUnitsBehindItStillRun()
    {
        if (TestDatabase.UsePostgres)
        {
            return;
        }

        var (gate, held) = await HoldTheQueueAsync();
        var before = Writes.RunAsync((db, ct) => AddAsync(db, "before", ct), CancellationToken.None);
        var breaking = Writes.RunAsync(async (db, ct) =>
        {
            await AddAsync(db, "breaking", ct);
            // What SQLite does by itself after some I/O errors: the whole transaction is rolled back.
            await db.Database.ExecuteSqlRawAsync("ROLLBACK;", ct);
            throw new IOException("disk I/O error");
        }, CancellationToken.None);
        var behind = Writes.RunAsync((db, ct) => AddAsync(db, "behind", ct), CancellationToken.None);
        gate.SetResult();

        await held;
        await Assert.ThrowsAsync<IOException>(() => before);
        await Assert.ThrowsAsync<IOException>(() => breaking);
        await behind;
        await Writes.RunAsync((db, ct) => AddAsync(db, "later", ct), CancellationToken.None);
        Assert.Equal(["behind", "later"], await KeysAsync());
    }

    [Fact]
    public async Task FailedCommit_FailsEveryUnitOfTheBatch_AndTheNextBatchCommits()
    {
        if (TestDatabase.UsePostgres)
        {
            return;
        }

        var (gate, held) = await HoldTheQueueAsync();
        var refusing = Writes.RunAsync((db, ct) =>
        {
            // A commit hook that says no turns the COMMIT into a ROLLBACK, as a failed fsync would.
            var refusals = 1;
            OnCommit(db, () => Interlocked.Exchange(ref refusals, 0));
            return AddAsync(db, "refusing", ct);
        }, CancellationToken.None);
        var units = Enumerable.Range(0, 3).Select(i => Writes.RunAsync((db, ct) => AddAsync(db, $"lost-{i}", ct), CancellationToken.None)).ToList();
        gate.SetResult();

        await held;
        var commitFailure = await Assert.ThrowsAsync<SqliteException>(() => refusing);
        foreach (var unit in units)
        {
            Assert.Same(commitFailure, await Assert.ThrowsAsync<SqliteException>(() => unit));
        }

        await Writes.RunAsync((db, ct) => AddAsync(db, "later", ct), CancellationToken.None);
        Assert.Equal(["later"], await KeysAsync());
    }

    private const int SqliteFull = 13;

    /// <summary>
    /// Starts a unit that waits for the gate and returns once it runs, so on SQLite every unit started before the gate
    /// opens waits in the next batch, together (on PostgreSQL units run side by side anyway).
    /// </summary>
    private async Task<(TaskCompletionSource Gate, Task Held)> HoldTheQueueAsync()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = Writes.RunAsync(async (_, _) =>
        {
            started.SetResult();
            await gate.Task;
        }, CancellationToken.None);
        await started.Task;
        return (gate, held);
    }

    /// <summary>Calls <paramref name="onCommit"/> at every commit of the queue's connection (0 lets it commit); null stops.</summary>
    private static bool OnCommit(BookingDbContext db, Func<int>? onCommit)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        SQLitePCL.raw.sqlite3_commit_hook(connection.Handle, onCommit is null ? null : _ => onCommit(), null);
        return true;
    }

    private static bool CountCommits(BookingDbContext db, Action onCommit) => OnCommit(db, () =>
    {
        onCommit();
        return 0;
    });

    private static Task AddAsync(BookingDbContext db, string key, CancellationToken cancellationToken, string json = "{}")
    {
        db.SettingsDocuments.Add(new SettingsDocument { Key = key, Json = json, Version = 1, ChangedBy = "test" });
        return db.SaveChangesAsync(cancellationToken);
    }

    private async Task<List<string>> KeysAsync()
    {
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.SettingsDocuments.Select(d => d.Key).OrderBy(k => k).ToListAsync();
    }

    private async Task<int> CountAsync(string key, string prefix)
    {
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.SettingsDocuments.CountAsync(d => d.Key == key || d.Key.StartsWith(prefix));
    }

    private async Task<SettingsDocument?> FindAsync(string key)
    {
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.SettingsDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Key == key);
    }

    private bool VisibleToAnotherConnection(string key)
    {
        using var db = _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContext();
        return db.SettingsDocuments.Any(d => d.Key == key);
    }

    private static async Task CheckpointAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> KeysInFileAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Key FROM SettingsDocuments ORDER BY Key;";
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
