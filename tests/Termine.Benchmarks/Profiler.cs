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
                var today = core.Get<OfficeClock>().Today;
                if (withEmails)
                {
                    await MeasureAsync("slot search, 90 days, all", operations, events, async _ =>
                        await finder.FindAsync(new SlotQuery(BookingCoreBenchmarks.SearchedService, today, today.AddDays(90)), CancellationToken.None));
                    await MeasureAsync("slot search, 90 days, first 5", operations, events, async _ =>
                        await finder.FindAsync(new SlotQuery(BookingCoreBenchmarks.SearchedService, today, today.AddDays(90), Limit: 5), CancellationToken.None));
                }

                var free = new Queue<DateTimeOffset>();
                foreach (var slot in (await finder.FindAsync(new SlotQuery("passport-transfer", today, today.AddDays(90)), CancellationToken.None))!)
                {
                    for (var i = 0; i < slot.Available; i++)
                    {
                        free.Enqueue(slot.Start);
                    }
                }

                await MeasureAsync(withEmails ? "BookAsync" : "BookAsync without e-mails", Math.Min(operations, free.Count - 1), events, async n =>
                {
                    var result = await bookings.BookAsync(
                        new BookingRequest("passport-transfer", free.Dequeue(), 1,
                            new PersonalData("Amina Haddad", new DateOnly(1990, 5, 17), $"profile{n}@example.org", "+49 2181 12345", "de")),
                        $"profile-{n}", null, CancellationToken.None);
                    if (result is not BookingResult.Booked)
                    {
                        throw new InvalidOperationException($"Not booked: {result}");
                    }
                });
            }

            BenchmarkDatabase.Delete(file);
        }
    }

    private static async Task MeasureAsync(string name, int operations, CommandTimes events, Func<int, Task> operation)
    {
        for (var i = 0; i < 20; i++)
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
