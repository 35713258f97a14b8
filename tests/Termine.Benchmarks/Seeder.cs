using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Scheduling;

namespace Termine.Benchmarks;

/// <summary>How a seeded database came out: what the report and the documentation quote.</summary>
public sealed record SeedReport(int Appointments, int SlotClaims, int Capacity, DateOnly From, DateOnly To, TimeSpan Took)
{
    public double Occupancy => (double)Appointments / Capacity;

    public override string ToString() =>
        $"{Appointments:N0} booked appointments with {SlotClaims:N0} slot claims, {From:yyyy-MM-dd} to {To:yyyy-MM-dd}: "
        + $"{Occupancy:P0} of the {Capacity:N0} slots of the grid, seeded in {Took.TotalSeconds:N1} s";
}

/// <summary>
/// Fills a database with booked appointments spread over the year around "now": every one starts on a real slot of
/// the <see cref="SlotGrid"/> and claims its units on a desk of its team that nothing else claims, so the unique
/// index on (Team, Desk, UnitStart) holds exactly as if each had been booked through the core.
/// </summary>
public static class Seeder
{
    public const int DefaultAppointments = 50_000;

    private const int DaysEachSide = 182;
    private const int BatchSize = 5_000;

    /// <summary>How many appointments the year around "now" holds at most with the core's desks, one service per desk-day.</summary>
    public static int Capacity(BenchmarkCore core)
    {
        var clock = core.Get<OfficeClock>();
        return GridSlots(core.Get<IOptions<SchedulingOptions>>(), core.Get<HolidayCalendar>(), core.Get<ServiceCatalog>(), clock,
            new Random(20261124), clock.Today.AddDays(-DaysEachSide), clock.Today.AddDays(DaysEachSide)).Count;
    }

    public static async Task<SeedReport> SeedAsync(BenchmarkCore core, int count, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var options = core.Get<IOptions<SchedulingOptions>>();
        var holidays = core.Get<HolidayCalendar>();
        var catalog = core.Get<ServiceCatalog>();
        var clock = core.Get<OfficeClock>();
        var grid = core.Get<SlotGrid>();
        var random = new Random(20261124);

        var from = clock.Today.AddDays(-DaysEachSide);
        var to = clock.Today.AddDays(DaysEachSide);
        var candidates = GridSlots(options, holidays, catalog, clock, random, from, to);
        if (candidates.Count < count)
        {
            throw new InvalidOperationException(
                $"The grid has only {candidates.Count:N0} slots from {from} to {to}; {count:N0} appointments do not fit. Raise the desks.");
        }

        // A random choice of the grid's slots, inserted in time order.
        for (var i = candidates.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (candidates[i], candidates[j]) = (candidates[j], candidates[i]);
        }

        var chosen = candidates.Take(count).OrderBy(c => c.Start).ThenBy(c => c.Desk).ToList();
        var references = new HashSet<string>();
        var claims = 0;
        var contexts = core.Get<IDbContextFactory<BookingDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            // A bulk load before any benchmark runs, in batches of its own: beside the write queue, as the migrator is.
            using var seeding = ReadOnlyContexts.AllowWrites(db);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            for (var n = 0; n < chosen.Count; n++)
            {
                var (service, desk, start, end) = chosen[n];
                var bookedAt = Min(start - TimeSpan.FromDays(random.Next(1, 60)), clock.UtcNow - TimeSpan.FromMinutes(n % 1000));
                string reference;
                do
                {
                    reference = ReferenceGenerator.Next();
                }
                while (!references.Add(reference));

                var appointment = new Appointment
                {
                    Id = Guid.CreateVersion7(bookedAt),
                    Reference = reference,
                    ServiceId = service.Id,
                    Team = service.Team,
                    Desk = desk,
                    Start = start,
                    End = end,
                    Persons = 1,
                    ClientKey = $"seed-{n}",
                    FullName = "Seed Resident",
                    BirthDate = new DateOnly(1960, 1, 1).AddDays(n % 15_000),
                    Email = $"seed{n}@example.org",
                    Language = "de",
                    Channel = "api",
                    CheckInTokenHash = SHA256.HashData(Encoding.ASCII.GetBytes($"seed-token-{n}")),
                    CreatedAt = bookedAt,
                    BookedAt = bookedAt,
                };
                appointment.MoveTo(AppointmentStatus.Booked);
                db.Appointments.Add(appointment);
                foreach (var unit in grid.UnitsOf(start, end))
                {
                    db.SlotClaims.Add(new SlotClaim { Team = service.Team, Desk = desk, UnitStart = unit, AppointmentId = appointment.Id });
                    claims++;
                }

                if ((n + 1) % BatchSize == 0 || n == chosen.Count - 1)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                }
            }

            await transaction.CommitAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }

        return new SeedReport(chosen.Count, claims, candidates.Count, from, to, watch.Elapsed);
    }

    /// <summary>
    /// The slots one desk could take, desk by desk and day by day: each desk-day serves one service of its team
    /// (chosen at random), whose grid of that day comes from <see cref="SlotGrid.CandidatesOn"/>. The grid only
    /// answers for days between the notice and the horizon of its clock's "today", so each day is asked of a grid
    /// whose clock stands three days before it.
    /// </summary>
    private static List<(ServiceDefinition Service, int Desk, DateTimeOffset Start, DateTimeOffset End)> GridSlots(
        IOptions<SchedulingOptions> options, HolidayCalendar holidays, ServiceCatalog catalog, OfficeClock clock, Random random,
        DateOnly from, DateOnly to)
    {
        var teams = options.Value.Desks.ToDictionary(d => d.Key, d => catalog.Services.Where(s => s.Team == d.Key).ToList());
        var slots = new List<(ServiceDefinition, int, DateTimeOffset, DateTimeOffset)>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var dayClock = new OfficeClock(new FakeTimeProvider(clock.ToInstant(date.AddDays(-3), TimeOnly.MinValue)), options);
            var dayGrid = new SlotGrid(options, holidays, dayClock);
            foreach (var (team, services) in teams.Where(t => t.Value.Count > 0))
            {
                for (var desk = 1; desk <= options.Value.Desks[team]; desk++)
                {
                    var service = services[random.Next(services.Count)];
                    foreach (var (start, end, _) in dayGrid.CandidatesOn(date, service, 1))
                    {
                        slots.Add((service, desk, start, end));
                    }
                }
            }
        }

        return slots;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
