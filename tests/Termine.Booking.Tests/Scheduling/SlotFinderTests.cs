using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Scheduling;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Residents;

namespace Termine.Booking.Tests.Scheduling;

/// <summary>
/// The search against the plainest reading of its rule — a slot is offered with every desk of the team whose units
/// from start to end no live claim takes — on claims scattered at random: booked, held, expired, on desks the team
/// does not have, off the unit grid, of another team, across both daylight-saving switches.
/// </summary>
public sealed class SlotFinderTests : IClassFixture<TestDatabase>
{
    private const string ServiceId = "residence-permit-extension";

    private readonly TestDatabase _database;

    public SlotFinderTests(TestDatabase database) => _database = database;

    public static TheoryData<string> Nows => new()
    {
        "2026-11-24T08:00:00Z", // winter time throughout
        "2027-03-10T08:00:00Z", // the spring switch (28 March 2027) inside the 90 days
        "2026-10-01T07:00:00Z", // the autumn switch (25 October 2026) inside the 90 days
    };

    [Theory]
    [MemberData(nameof(Nows))]
    public async Task FindAsync_RandomClaims_OffersExactlyTheDesksWhoseUnitsAreAllFree(string now)
    {
        await using var host = await BookingHost.StartAsync(_database, now: DateTimeOffset.Parse(now));
        var claims = await SeedRandomClaimsAsync(host, seed: DateTimeOffset.Parse(now).DayOfYear);
        var today = host.Get<OfficeClock>().Today;
        var queries = new[]
        {
            new SlotQuery(ServiceId, today, today.AddDays(90)),
            new SlotQuery(ServiceId, today.AddDays(-3), today.AddDays(200)),
            new SlotQuery(ServiceId, today, today.AddDays(90), Limit: 5),
            new SlotQuery(ServiceId, today, today.AddDays(90), Limit: 250),
            new SlotQuery(ServiceId, today, today.AddDays(90), Persons: 4),
            new SlotQuery(ServiceId, today.AddDays(10), today.AddDays(60), Persons: 2, Limit: 40),
            new SlotQuery(ServiceId, today, today.AddDays(90), Weekdays: new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Thursday },
                NotBefore: new TimeOnly(13, 0)),
            new SlotQuery(ServiceId, today, today.AddDays(90), StartBefore: new TimeOnly(10, 0), Limit: 30),
        };

        foreach (var query in queries)
        {
            var expected = Expected(host, query, claims);
            var found = await host.Get<SlotFinder>().FindAsync(query, default);

            Assert.NotEmpty(expected);
            Assert.Equal(expected, found);
        }
    }

    [Fact]
    public async Task FindAsync_HoldExpires_ItsDeskIsFreeAgain()
    {
        await using var host = await BookingHost.StartAsync(_database);
        await ClearAsync(host);
        var start = new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero);
        var day = new DateOnly(2026, 12, 8);
        var desks = host.Get<SlotGrid>().DesksOf("residence");

        Assert.IsType<HoldResult.Held>(await host.Get<BookingService>().HoldAsync(ServiceId, start, 1, "holder", default));
        var whileHeld = await host.Get<SlotFinder>().FindAsync(new SlotQuery(ServiceId, day, day), default);
        host.Time.Advance(TimeSpan.FromMinutes(11));
        var afterExpiry = await host.Get<SlotFinder>().FindAsync(new SlotQuery(ServiceId, day, day), default);

        Assert.Equal(desks - 1, whileHeld!.Single(s => s.Start == start).Available);
        Assert.Equal(desks, afterExpiry!.Single(s => s.Start == start).Available);
    }

    [Fact]
    public async Task FindAsync_FromBeforeTheSpringSwitch_SeesABookingOnTheTuesdayAfter()
    {
        // Friday 26 March 2027, 09:00 in the office (CET); the clocks go forward on Easter Sunday, 28 March.
        await using var host = await BookingHost.StartAsync(_database, now: new DateTimeOffset(2027, 3, 26, 8, 0, 0, TimeSpan.Zero));
        await ClearAsync(host);
        var tuesdayEight = new DateTimeOffset(2027, 3, 30, 6, 0, 0, TimeSpan.Zero); // 08:00 CEST
        var desks = host.Get<SlotGrid>().DesksOf("residence");

        Assert.IsType<BookingResult.Booked>(await host.Get<BookingService>().BookAsync(
            new BookingRequest(ServiceId, tuesdayEight, 1, People.Resident("spring@example.org")), "c", null, default));
        var slots = await host.Get<SlotFinder>().FindAsync(
            new SlotQuery(ServiceId, new DateOnly(2027, 3, 26), new DateOnly(2027, 4, 1)), default);

        Assert.Equal(desks - 1, slots!.Single(s => s.Start == tuesdayEight).Available);
        Assert.Equal(TimeSpan.FromHours(2), slots!.Single(s => s.Start == tuesdayEight).Start.Offset);
        Assert.Equal(desks, slots!.Single(s => s.Start == tuesdayEight.AddMinutes(30)).Available);
        Assert.Equal(desks, slots!.Single(s => s.Start == tuesdayEight.AddDays(2)).Available);
    }

    [Fact]
    public void FreeDesks_ClaimsOffTheUnitGrid_CountOnlyForSlotsOffItAtTheSameInstant()
    {
        var from = new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.Zero);
        var unit = TimeSpan.FromMinutes(15);
        var claimed = new ClaimedDeskTime(from, from.AddDays(1), unit, desks: 70);
        var onGrid = from.AddHours(9);
        var offGrid = onGrid.AddMinutes(5);
        claimed.Add(1, onGrid);
        claimed.Add(70, onGrid.AddMinutes(15));
        claimed.Add(2, offGrid);
        claimed.Add(71, onGrid);
        claimed.Add(0, onGrid);

        Assert.Equal(68, claimed.FreeDesks(onGrid, onGrid + (2 * unit)));
        Assert.Equal(69, claimed.FreeDesks(onGrid, onGrid + unit));
        Assert.Equal(69, claimed.FreeDesks(offGrid, offGrid + (2 * unit)));
        Assert.Equal(70, claimed.FreeDesks(offGrid.AddMinutes(-15), offGrid));
        Assert.Equal(70, claimed.FreeDesks(from.AddDays(1), from.AddDays(1) + unit));
    }

    private static List<Slot> Expected(BookingHost host, SlotQuery query, IReadOnlyList<SlotClaim> claims)
    {
        var grid = host.Get<SlotGrid>();
        var clock = host.Get<OfficeClock>();
        var service = host.Get<ServiceCatalog>().Find(query.ServiceId)!;
        var live = claims
            .Where(c => c.Team == service.Team && (c.ExpiresAt is null || c.ExpiresAt > clock.UtcNow))
            .Select(c => (c.Desk, c.UnitStart.UtcTicks))
            .ToHashSet();
        var expected = new List<Slot>();
        for (var date = Max(query.From, clock.Today); date <= Min(query.To, grid.Horizon(service)); date = date.AddDays(1))
        {
            if (query.Weekdays is { Count: > 0 } && !query.Weekdays.Contains(date.DayOfWeek))
            {
                continue;
            }

            foreach (var (start, end, localStart) in grid.CandidatesOn(date, service, query.Persons))
            {
                if (localStart < (query.NotBefore ?? TimeOnly.MinValue) || (query.StartBefore is { } before && localStart >= before))
                {
                    continue;
                }

                var free = Enumerable.Range(1, grid.DesksOf(service.Team))
                    .Count(desk => grid.UnitsOf(start, end).All(unit => !live.Contains((desk, unit.UtcTicks))));
                if (free > 0)
                {
                    expected.Add(new Slot(clock.ToLocal(start), clock.ToLocal(end), free));
                }

                if (expected.Count == query.Limit)
                {
                    return expected;
                }
            }
        }

        return expected;
    }

    /// <summary>About 2,000 claims in the next 90 days, most on the opening hours' units, so some slots are full.</summary>
    private static async Task<IReadOnlyList<SlotClaim>> SeedRandomClaimsAsync(BookingHost host, int seed)
    {
        await ClearAsync(host);
        var random = new Random(seed);
        var clock = host.Get<OfficeClock>();
        var now = clock.UtcNow;
        var owner = new Appointment { Id = Guid.NewGuid(), ServiceId = ServiceId, Team = "residence", ClientKey = "seed" };
        owner.MoveTo(AppointmentStatus.Booked);
        var claims = new Dictionary<(string, int, DateTimeOffset), SlotClaim>();
        for (var i = 0; i < 2_000; i++)
        {
            var team = random.Next(10) == 0 ? "employment" : "residence";
            var local = new TimeOnly(7, 0).AddMinutes(15 * random.Next(46)).AddMinutes(random.Next(20) == 0 ? 5 : 0);
            var unitStart = clock.ToInstant(clock.Today.AddDays(random.Next(-1, 92)), local);
            var desk = random.Next(0, 7);
            DateTimeOffset? expiresAt = random.Next(7) switch
            {
                0 => now.AddMinutes(5),
                1 => now.AddMinutes(-1),
                _ => null,
            };
            claims.TryAdd((team, desk, unitStart), new SlotClaim
            {
                Team = team, Desk = desk, UnitStart = unitStart, ExpiresAt = expiresAt, AppointmentId = owner.Id,
            });
        }

        await host.Get<DatabaseWrites<BookingDbContext>>().RunAsync(async (db, ct) =>
        {
            db.Appointments.Add(owner);
            await db.SaveChangesAsync(ct);
            db.SlotClaims.AddRange(claims.Values);
            await db.SaveChangesAsync(ct);
        }, CancellationToken.None);
        return [.. claims.Values];
    }

    private static async Task ClearAsync(BookingHost host)
    {
        await host.Get<DatabaseWrites<BookingDbContext>>().RunAsync(async (db, ct) =>
        {
            await db.SlotClaims.ExecuteDeleteAsync(ct);
            await db.Appointments.ExecuteDeleteAsync(ct);
        }, CancellationToken.None);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
