using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Termine.Booking.Catalog;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;
using Termine.Bot.Admin.ServicePoint;

namespace Termine.Benchmarks;

/// <summary>
/// Issue 8, "-- --staff-pages [runs]": the service point's day view, week view and search on a year of appointments
/// (<see cref="Appointments"/>, seeded by <see cref="Seeder"/>), timed as the pages call them (<see cref="AppointmentDirectory"/>,
/// SQLite file, warm). Not a BenchmarkDotNet benchmark: a quick figure for docs/PERFORMANCE.md.
/// </summary>
public static class StaffPagesMeasurement
{
    public const int Appointments = 10_000;
    public const int DefaultRuns = 200;

    public static async Task RunAsync(int runs)
    {
        var file = BenchmarkDatabase.NewFile("staff-pages");
        await using var core = await BenchmarkCore.StartAsync(file);
        Console.WriteLine($"// {await Seeder.SeedAsync(core, Appointments, CancellationToken.None)}");
        var directory = new AppointmentDirectory(core.Get<IDbContextFactory<BookingDbContext>>(), core.Get<ServiceCatalog>(), core.Get<OfficeClock>());
        var today = core.Get<OfficeClock>().Today;
        string reference;
        await using (var db = await core.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync())
        {
            reference = await db.Appointments.OrderBy(a => a.Id).Skip(Appointments / 2).Select(a => a.Reference!).FirstAsync();
        }

        await MeasureAsync("day view (one day)", runs, async () => (await directory.ListAsync(today.AddDays(1), 1, default)).Count);
        await MeasureAsync("week view (seven days)", runs, async () => (await directory.ListAsync(today.AddDays(1), 7, default)).Count);
        await MeasureAsync("search by reference", runs, async () => (await directory.SearchAsync(reference.ToLowerInvariant(), default)).Count);
        await MeasureAsync("search by e-mail (whole address)", runs, async () => (await directory.SearchAsync("seed4711@example.org", default)).Count);
        await MeasureAsync("search by name, no hit (full scan)", runs, async () => (await directory.SearchAsync("müller", default)).Count);
        await MeasureAsync("search by name, every row a hit (scan, newest 50)", runs, async () => (await directory.SearchAsync("resident", default)).Count);
        BenchmarkDatabase.Delete(file);
    }

    private static async Task MeasureAsync(string name, int runs, Func<Task<int>> action)
    {
        var rows = 0;
        for (var i = 0; i < 5; i++)
        {
            rows = await action();
        }

        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-52} rows {rows,4}  median {times[runs / 2],7:F2} ms  p95 {times[(int)(runs * 0.95)],7:F2} ms  max {times[^1],7:F2} ms"));
    }
}
