using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Termine.Booking.Appointments;
using Termine.Booking.Scheduling;

namespace Termine.Benchmarks;

/// <summary>
/// Where the time of a search or a booking goes (`-- --profile`): EF Core's diagnostic events time every SQL command
/// from execution to the reader's disposal (so reading the rows is included) and every commit; what is left of the
/// wall-clock time is .NET work (validation, the grid, EF Core's change tracking, e-mail composition).
/// Not a BenchmarkDotNet run: a plain loop in this process, for finding the cause of a missed aim.
/// </summary>
public static class Profiler
{
    public static async Task RunAsync(int operations)
    {
        await BenchmarkDatabase.EnsureTemplateAsync();
        using var events = new CommandTimes();
        using var subscription = DiagnosticListener.AllListeners.Subscribe(events);

        foreach (var withEmails in new[] { true, false })
        {
            var file = await BenchmarkDatabase.CopyOfTemplateAsync($"profile-{withEmails}");
            await using (var core = await BenchmarkCore.StartAsync(file, withChangeHandlers: withEmails))
            {
                var finder = core.Get<SlotFinder>();
                var bookings = core.Get<BookingService>();
                var clock = core.Get<OfficeClock>();
                var today = clock.Today;
                var all = new SlotQuery(BookingCoreBenchmarks.SearchedService, today, today.AddDays(90));
                if (withEmails)
                {
                    await SearchDetailsAsync(core, file, all);
                    await MeasureAsync("slot search, 90 days, all", operations, events, async _ => await finder.FindAsync(all, CancellationToken.None));
                    await MeasureAsync("slot search, 90 days, first 5", operations, events, async _ =>
                        await finder.FindAsync(all with { Limit = 5 }, CancellationToken.None));
                    await MeasureAsync("the claims alone: SlotFinder's 7 queries and their sets of taken units", operations, events, async _ =>
                        await TakenUnitsAsync(core, all));
                    await MeasureAsync("the grid alone: SlotFinder's loop over 90 days with nothing taken", operations, events, _ =>
                    {
                        GridLoop(core, all);
                        return Task.CompletedTask;
                    });

                    // An index that holds every column the search reads, so SQLite need not visit the table's rows.
                    using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(
                        Booking.Persistence.PersistenceServiceCollectionExtensions.SqliteConnectionString($"Data Source={file}")))
                    {
                        connection.Open();
                        RawCommits.Execute(connection,
                            """CREATE INDEX "IX_Experiment_Covering" ON "SlotClaims" ("Team", "UnitStart", "Desk", "ExpiresAt");""");
                    }

                    await MeasureAsync("experiment: slot search, 90 days, all, with a covering index (Team, UnitStart, Desk, ExpiresAt)",
                        operations, events, async _ => await finder.FindAsync(all, CancellationToken.None));
                    using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(
                        Booking.Persistence.PersistenceServiceCollectionExtensions.SqliteConnectionString($"Data Source={file}")))
                    {
                        connection.Open();
                        RawCommits.Execute(connection, """DROP INDEX "IX_Experiment_Covering";""");
                    }

                    await MeasureAsync("slot search, 90 days, all, again without that index", operations, events, async _ =>
                        await finder.FindAsync(all, CancellationToken.None));
                }

                var free = new Queue<DateTimeOffset>();
                foreach (var slot in (await finder.FindAsync(new SlotQuery("passport-transfer", today, today.AddDays(90)), CancellationToken.None))!)
                {
                    for (var i = 0; i < slot.Available; i++)
                    {
                        free.Enqueue(slot.Start);
                    }
                }

                var booked = 0;
                async Task BookAsync(int n)
                {
                    var result = await bookings.BookAsync(
                        new BookingRequest("passport-transfer", free.Dequeue(), 1,
                            new PersonalData("Amina Haddad", new DateOnly(1990, 5, 17), $"profile{++booked}@example.org", "+49 2181 12345", "de")),
                        $"profile-{booked}", null, CancellationToken.None);
                    if (result is not BookingResult.Booked)
                    {
                        throw new InvalidOperationException($"Not booked: {result}");
                    }
                }

                var name = withEmails ? "BookAsync" : "BookAsync without e-mails";
                await MeasureAsync(name, Math.Min(operations, free.Count - BenchmarkConfig.WarmupIterations - 100), events, BookAsync);
                var frames = await RawCommits.WalFramesAsync(file, async () =>
                {
                    for (var i = 0; i < 20; i++)
                    {
                        await BookAsync(i);
                    }
                });
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {frames / 20.0:F1} pages written to the WAL per booking"));
            }

            BenchmarkDatabase.Delete(file);
        }

        foreach (var synchronous in new[] { "FULL", "NORMAL" })
        {
            var rawFile = BenchmarkDatabase.NewFile($"profile-raw-{synchronous}");
            using (var raw = new RawCommits(rawFile))
            {
                RawCommits.Execute(raw.Connection, $"PRAGMA synchronous={synchronous};");
                var label = synchronous == "FULL" ? "raw SQLite insert + commit" : "experiment: raw SQLite insert + commit with synchronous=NORMAL";
                await MeasureAsync(label, operations * 3, events, _ => Task.FromResult(raw.InsertAndCommit()));
                var frames = await RawCommits.WalFramesAsync(rawFile, () =>
                {
                    for (var i = 0; i < 20; i++)
                    {
                        raw.InsertAndCommit();
                    }

                    return Task.CompletedTask;
                });
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {frames / 20.0:F1} pages written to the WAL per commit"));
            }

            BenchmarkDatabase.Delete(rawFile);
        }
    }

    /// <summary>How many claims the 90-day search reads, and how SQLite finds them.</summary>
    private static async Task SearchDetailsAsync(BenchmarkCore core, string file, SlotQuery query)
    {
        var clock = core.Get<OfficeClock>();
        var from = clock.ToInstant(query.From, TimeOnly.MinValue);
        var to = clock.ToInstant(query.To.AddDays(1), TimeOnly.MinValue);
        await using var db = await core.Get<IDbContextFactory<Booking.Persistence.BookingDbContext>>().CreateDbContextAsync();
        var team = core.Get<Booking.Catalog.ServiceCatalog>().Find(query.ServiceId)!.Team;
        var rows = await db.SlotClaims.CountAsync(c => c.Team == team && c.UnitStart >= from && c.UnitStart < to);
        var sql = db.SlotClaims.AsNoTracking()
            .Where(c => c.Team == team && c.UnitStart >= from && c.UnitStart < to && (c.ExpiresAt == null || c.ExpiresAt > from))
            .Select(c => new { c.Desk, c.UnitStart }).ToQueryString();
        Console.WriteLine($"The 90-day search of {query.ServiceId} (team {team}) reads {rows:N0} slot claims in 7 queries of 14 days.");
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(
            Booking.Persistence.PersistenceServiceCollectionExtensions.SqliteConnectionString($"Data Source={file}"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', sql.Split('\n').Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        foreach (var line in sql.Split('\n').Where(l => l.StartsWith(".param set", StringComparison.Ordinal)))
        {
            var parts = line.Split(' ', 4);
            command.Parameters.AddWithValue(parts[2], parts[3].Trim('\''));
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Console.WriteLine($"  query plan: {reader.GetString(3)}");
        }
    }

    /// <summary>SlotFinder.TakenUnitsAsync's work for each 14-day chunk of the query, with the same query.</summary>
    private static async Task<int> TakenUnitsAsync(BenchmarkCore core, SlotQuery query)
    {
        var clock = core.Get<OfficeClock>();
        var team = core.Get<Booking.Catalog.ServiceCatalog>().Find(query.ServiceId)!.Team;
        await using var db = await core.Get<IDbContextFactory<Booking.Persistence.BookingDbContext>>().CreateDbContextAsync();
        var count = 0;
        for (var chunk = query.From; chunk <= query.To; chunk = chunk.AddDays(14))
        {
            var chunkEnd = chunk.AddDays(13) < query.To ? chunk.AddDays(13) : query.To;
            var fromInstant = clock.ToInstant(chunk, TimeOnly.MinValue);
            var toInstant = clock.ToInstant(chunkEnd.AddDays(1), TimeOnly.MinValue);
            var now = clock.UtcNow;
            var claims = await db.SlotClaims.AsNoTracking()
                .Where(c => c.Team == team && c.UnitStart >= fromInstant && c.UnitStart < toInstant
                    && (c.ExpiresAt == null || c.ExpiresAt > now))
                .Select(c => new { c.Desk, c.UnitStart })
                .ToListAsync();
            count += claims.Select(c => (c.Desk, c.UnitStart.UtcTicks)).ToHashSet().Count;
        }

        return count;
    }

    /// <summary>SlotFinder.AddFreeSlots' work for every day of the query, against an empty set of taken units.</summary>
    private static int GridLoop(BenchmarkCore core, SlotQuery query)
    {
        var grid = core.Get<SlotGrid>();
        var clock = core.Get<OfficeClock>();
        var service = core.Get<Booking.Catalog.ServiceCatalog>().Find(query.ServiceId)!;
        var taken = new HashSet<(int, long)>();
        var desks = grid.DesksOf(service.Team);
        var found = new List<Slot>();
        for (var date = query.From; date <= query.To; date = date.AddDays(1))
        {
            foreach (var (start, end, _) in grid.CandidatesOn(date, service, 1))
            {
                var available = 0;
                for (var desk = 1; desk <= desks; desk++)
                {
                    if (grid.UnitsOf(start, end).All(unit => !taken.Contains((desk, unit.UtcTicks))))
                    {
                        available++;
                    }
                }

                found.Add(new Slot(clock.ToLocal(start), clock.ToLocal(end), available));
            }
        }

        return found.Count;
    }

    private static async Task MeasureAsync(string name, int operations, CommandTimes events, Func<int, Task> operation)
    {
        // As many warm-up calls as the benchmarks make: until then the JIT's tiering is not done.
        for (var i = 0; i < BenchmarkConfig.WarmupIterations; i++)
        {
            await operation(-1 - i);
        }

        events.Clear();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < operations; i++)
        {
            await operation(i);
        }

        var total = watch.Elapsed.TotalMilliseconds / operations;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {total:F3} ms per call over {operations} calls"));
        var inDatabase = 0.0;
        foreach (var (what, (count, milliseconds)) in events.Snapshot().OrderByDescending(e => e.Value.Milliseconds))
        {
            inDatabase += milliseconds / operations;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {milliseconds / operations,8:F3} ms  {(double)count / operations,5:F1}x  {what}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {total - inDatabase,8:F3} ms         outside SQL commands and commits"));
    }

    /// <summary>Adds up EF Core's timed events per SQL text (shortened) and per commit.</summary>
    private sealed class CommandTimes : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly ConcurrentDictionary<string, (int Count, double Milliseconds)> _times = new();
        private readonly List<IDisposable> _subscriptions = [];

        public void Clear() => _times.Clear();

        public IReadOnlyDictionary<string, (int Count, double Milliseconds)> Snapshot() => new Dictionary<string, (int, double)>(_times);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Add(listener.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            switch (value.Value)
            {
                case DataReaderDisposingEventData reader:
                    Add("query (rows read): " + Shorten(reader.Command.CommandText), reader.Duration);
                    break;
                case CommandExecutedEventData executed when executed.ExecuteMethod != DbCommandMethod.ExecuteReader:
                    Add("command: " + Shorten(executed.Command.CommandText), executed.Duration);
                    break;
                case TransactionEndEventData ended:
                    Add("transaction: " + value.Key[(value.Key.LastIndexOf('.') + 1)..], ended.Duration);
                    break;
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }
        }

        private void Add(string what, TimeSpan duration) =>
            _times.AddOrUpdate(what, (1, duration.TotalMilliseconds), (_, t) => (t.Count + 1, t.Milliseconds + duration.TotalMilliseconds));

        private static string Shorten(string sql)
        {
            var line = string.Join(' ', sql.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
            return line.Length <= 110 ? line : line[..110] + "…";
        }
    }
}
