using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;

namespace Termine.Benchmarks;

/// <summary>
/// Issue 3: the free-slot search over 90 days with 50,000 appointments in the database, a booking confirmed on
/// SQLite, and, in the same run, a raw SQLite single-row insert-and-commit as the physical limit of the disk.
/// One operation per iteration (see <see cref="BenchmarkConfig"/>), so median and P95 are those of single calls.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class BookingCoreBenchmarks
{
    /// <summary>The service residents book most; team "residence" (8 desks here), 30 minutes, 90 days ahead.</summary>
    public const string SearchedService = "residence-permit-extension";

    /// <summary>One service per team, so booking one never takes desk time another one's free slot counted on.</summary>
    private static readonly string[] BookedServices =
        ["residence-permit-extension", "eu-blue-card", "travel-document", "passport-transfer"];

    private BenchmarkCore? _core;
    private string? _databaseFile;
    private SlotFinder? _finder;
    private BookingService? _bookings;
    private DateOnly _today;
    private readonly Queue<(string ServiceId, DateTimeOffset Start)> _freeSlots = new();
    private int _counter;
    private RawCommits? _raw;
    private string? _rawFile;

    [GlobalSetup(Targets = [nameof(SlotSearch90Days), nameof(SlotSearch90DaysFirstFive)])]
    public void SetUpSearch() => StartCoreAsync("search").GetAwaiter().GetResult();

    [GlobalSetup(Targets = [nameof(Book), nameof(HoldAndConfirm)])]
    public void SetUpBooking() => QueueFreeSlots(withChangeHandlers: true);

    [GlobalSetup(Target = nameof(BookWithoutEmails))]
    public void SetUpBookingWithoutEmails() => QueueFreeSlots(withChangeHandlers: false);

    private void QueueFreeSlots(bool withChangeHandlers)
    {
        StartCoreAsync("booking", withChangeHandlers).GetAwaiter().GetResult();
        var perService = new List<Queue<(string, DateTimeOffset)>>();
        foreach (var serviceId in BookedServices)
        {
            var slots = _finder!.FindAsync(new SlotQuery(serviceId, _today, _today.AddDays(90)), CancellationToken.None)
                .GetAwaiter().GetResult()!;
            perService.Add(new Queue<(string, DateTimeOffset)>(
                slots.SelectMany(s => Enumerable.Repeat((serviceId, s.Start), s.Available))));
        }

        // Nearest first, the teams taking turns.
        while (perService.Any(q => q.Count > 0))
        {
            foreach (var queue in perService.Where(q => q.Count > 0))
            {
                _freeSlots.Enqueue(queue.Dequeue());
            }
        }

        Console.WriteLine($"// {_freeSlots.Count:N0} free slots queued for booking ({string.Join(", ", BookedServices)})");
    }

    [GlobalSetup(Target = nameof(RawInsertCommit))]
    public void SetUpRaw()
    {
        _rawFile = BenchmarkDatabase.NewFile("raw");
        _raw = new RawCommits(_rawFile);
        Console.WriteLine($"// raw SQLite: {RawCommits.Pragmas(_raw.Connection)}");
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        _raw?.Dispose();
        _core?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        foreach (var file in new[] { _databaseFile, _rawFile }.OfType<string>())
        {
            BenchmarkDatabase.Delete(file);
        }

        BenchmarkDatabase.RemoveFolder();
    }

    /// <summary>All free slots of the next 90 days for one service: what a calendar view asks.</summary>
    [Benchmark(Description = "Slot search, 90 days, all slots")]
    public async Task<int> SlotSearch90Days()
    {
        var slots = await _finder!.FindAsync(new SlotQuery(SearchedService, _today, _today.AddDays(90)), CancellationToken.None);
        return slots!.Count;
    }

    /// <summary>The nearest five free slots in the next 90 days: what the chatbot asks.</summary>
    [Benchmark(Description = "Slot search, 90 days, first 5")]
    public async Task<int> SlotSearch90DaysFirstFive()
    {
        var slots = await _finder!.FindAsync(
            new SlotQuery(SearchedService, _today, _today.AddDays(90), Limit: 5), CancellationToken.None);
        return slots!.Count;
    }

    /// <summary>BookAsync of a fresh valid request: a free slot nobody took yet, an e-mail address not used yet.</summary>
    [Benchmark(Description = "BookAsync (one step)")]
    public async Task<string> Book()
    {
        var (serviceId, start) = NextFreeSlot();
        var n = ++_counter;
        var result = await _bookings!.BookAsync(
            new BookingRequest(serviceId, start, 1, Person(n)), $"bench-client-{n}", null, CancellationToken.None);
        return result is BookingResult.Booked booked
            ? booked.Appointment.Reference
            : throw new InvalidOperationException($"Booking {n} of {serviceId} at {start:O} was not booked: {result}");
    }

    /// <summary>
    /// The same without the <see cref="IAppointmentChangeHandler"/>s, i.e. without composing the confirmation and
    /// reminder e-mails into the outbox inside the transaction: the booking core's own cost.
    /// </summary>
    [Benchmark(Description = "BookAsync without e-mails")]
    public Task<string> BookWithoutEmails() => Book();

    /// <summary>HoldAsync then ConfirmAsync: the chatbot's path (two transactions).</summary>
    [Benchmark(Description = "HoldAsync + ConfirmAsync")]
    public async Task<string> HoldAndConfirm()
    {
        var (serviceId, start) = NextFreeSlot();
        var n = ++_counter;
        var hold = await _bookings!.HoldAsync(serviceId, start, 1, $"bench-client-{n}", CancellationToken.None);
        if (hold is not HoldResult.Held held)
        {
            throw new InvalidOperationException($"Hold {n} of {serviceId} at {start:O} was not held: {hold}");
        }

        var result = await _bookings.ConfirmAsync(held.HoldId, Person(n), "webchat", CancellationToken.None);
        return result is BookingResult.Booked booked
            ? booked.Appointment.Reference
            : throw new InvalidOperationException($"Hold {n} of {serviceId} at {start:O} was not confirmed: {result}");
    }

    /// <summary>The physical limit: one single-row INSERT in its own transaction, committed, on its own file.</summary>
    [Benchmark(Description = "Raw SQLite insert + commit")]
    public long RawInsertCommit() => _raw!.InsertAndCommit();

    private async Task StartCoreAsync(string name, bool withChangeHandlers = true)
    {
        Console.WriteLine(BenchmarkDatabase.OwnsFolder
            ? "// no template from the host process: seeding one for this process"
            : $"// template from the host process in {BenchmarkDatabase.Folder}");
        var report = await BenchmarkDatabase.EnsureTemplateAsync();
        _databaseFile = await BenchmarkDatabase.CopyOfTemplateAsync(name);
        _core = await BenchmarkCore.StartAsync(_databaseFile, withChangeHandlers: withChangeHandlers);
        _finder = _core.Get<SlotFinder>();
        _bookings = _core.Get<BookingService>();
        _today = _core.Get<OfficeClock>().Today;
        Console.WriteLine($"// database: {report}");
        using var connection = new SqliteConnection(PersistenceServiceCollectionExtensions.SqliteConnectionString($"Data Source={_databaseFile}"));
        connection.Open();
        Console.WriteLine($"// booking core SQLite: {RawCommits.Pragmas(connection)}");

        var all = await _finder.FindAsync(new SlotQuery(SearchedService, _today, _today.AddDays(90)), CancellationToken.None);
        if (all is not { Count: > 0 })
        {
            throw new InvalidOperationException($"The seeded database has no free slot of {SearchedService} in the next 90 days.");
        }

        Console.WriteLine($"// {SearchedService}: {all.Count:N0} free slots from {all[0].Start:O} to {all[^1].Start:O}");
    }

    private (string ServiceId, DateTimeOffset Start) NextFreeSlot() =>
        _freeSlots.TryDequeue(out var slot)
            ? slot
            : throw new InvalidOperationException("No free slot left to book: raise the desks or lower the iterations.");

    private static PersonalData Person(int n) =>
        new("Amina Haddad", new DateOnly(1990, 5, 17), $"bench{n}@example.org", "+49 2181 12345", "de");
}
