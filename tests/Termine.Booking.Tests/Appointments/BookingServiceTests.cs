using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Residents;

namespace Termine.Booking.Tests.Appointments;

public sealed class BookingServiceTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";

    /// <summary>Tuesday 1 December 2026, 08:00 in Grevenbroich.</summary>
    private static readonly DateTimeOffset Tuesday8 = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(1));

    private readonly TestDatabase _database;
    private BookingHost _host = null!;

    public BookingServiceTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() => _host = await BookingHost.StartAsync(_database);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private BookingService Bookings => _host.Get<BookingService>();

    [Fact]
    public async Task HoldAsync_ThenConfirm_BooksWithReadableReferenceAndHashedToken()
    {
        var start = Tuesday8.AddDays(7);

        var held = Assert.IsType<HoldResult.Held>(await Bookings.HoldAsync(ServiceId, start, 1, "client-a", default));
        var booked = Assert.IsType<BookingResult.Booked>(await Bookings.ConfirmAsync(held.HoldId, People.Resident("hold@example.org"), "webchat", default));

        Assert.Matches("^[ACDEFGHJKMNPRTUVWXY34679]{4}-[ACDEFGHJKMNPRTUVWXY34679]{4}$", booked.Appointment.Reference);
        Assert.Equal(start, booked.Appointment.Start);
        Assert.Equal(TimeSpan.FromHours(1), booked.Appointment.Start.Offset);
        Assert.True(booked.Tokens!.CheckIn.Length >= 43);
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var stored = await db.Appointments.SingleAsync(a => a.Id == held.HoldId);
        Assert.Equal(AppointmentStatus.Booked, stored.Status);
        Assert.Equal(AccessToken.Hash(booked.Tokens.CheckIn), stored.CheckInTokenHash);
        Assert.Equal(AccessToken.Hash(booked.Tokens.Manage), stored.ManageTokenHash);
        Assert.Equal("webchat", stored.Channel);
        Assert.Empty(await db.SlotClaims.Where(c => c.AppointmentId == held.HoldId && c.ExpiresAt != null).ToListAsync());
    }

    [Theory]
    [InlineData("٠١٧١ ٢٣٤٥٦٧٨", "0171 2345678")]
    [InlineData("+۴۹ ۲۱۸۱ ۱۲۳۴۵", "+49 2181 12345")]
    public async Task BookAsync_PhoneInArabicIndicDigits_IsAcceptedAndStoredInDigitsStaffCanDial(string typed, string stored)
    {
        var start = Tuesday8.AddDays(8);
        var person = People.Resident($"digits{stored.Length}@example.org") with { Phone = typed };

        var booked = Assert.IsType<BookingResult.Booked>(
            await Bookings.BookAsync(new BookingRequest(ServiceId, start, 1, person), $"digits-{stored.Length}", null, default));

        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        Assert.Equal(stored, (await db.Appointments.SingleAsync(a => a.Id == booked.Appointment.Id)).Phone);
    }

    [Fact]
    public async Task HoldAsync_AfterTheHoldRanOut_LetsAnotherClientTakeTheSlotAndTheFirstConfirmFails()
    {
        var start = Tuesday8.AddDays(7).AddHours(1);
        var desks = _host.Get<SlotGrid>().DesksOf("residence");
        var holds = new List<HoldResult.Held>();
        for (var i = 0; i < desks; i++)
        {
            holds.Add(Assert.IsType<HoldResult.Held>(await Bookings.HoldAsync(ServiceId, start, 1, $"early-{i}", default)));
        }

        Assert.IsType<HoldResult.SlotTaken>(await Bookings.HoldAsync(ServiceId, start, 1, "late", default));
        _host.Time.Advance(TimeSpan.FromMinutes(11));
        var late = new List<HoldResult>();
        for (var i = 0; i < desks; i++)
        {
            late.Add(await Bookings.HoldAsync(ServiceId, start, 1, $"late-{i}", default));
        }

        var first = await Bookings.ConfirmAsync(holds[0].HoldId, People.Resident("early@example.org"), "api", default);

        Assert.All(late, l => Assert.IsType<HoldResult.Held>(l));
        Assert.IsType<BookingResult.HoldExpired>(first);
    }

    [Fact]
    public async Task ConfirmAsync_AfterTheHoldRanOutAndItsDeskWasTaken_KeepsTheTimeAtAnotherFreeDesk()
    {
        var start = Tuesday8.AddDays(7).AddHours(2);
        Assert.True(_host.Get<SlotGrid>().DesksOf("residence") > 1, "the test needs a team with more than one desk");
        var hold = Assert.IsType<HoldResult.Held>(await Bookings.HoldAsync(ServiceId, start, 1, "slow", default));
        _host.Time.Advance(TimeSpan.FromMinutes(11));
        var fast = Assert.IsType<BookingResult.Booked>(
            await Bookings.BookAsync(new BookingRequest(ServiceId, start, 1, People.Resident("fast@example.org")), "fast", null, default));

        var slow = Assert.IsType<BookingResult.Booked>(
            await Bookings.ConfirmAsync(hold.HoldId, People.Resident("slow@example.org"), "api", default));

        Assert.Equal(start, slow.Appointment.Start);
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var desks = await db.Appointments.Where(a => a.Id == fast.Appointment.Id || a.Id == slow.Appointment.Id).Select(a => a.Desk).ToListAsync();
        Assert.Equal(2, desks.Distinct().Count());
    }

    [Fact]
    public async Task HoldAsync_MoreHoldsThanAllowedForOneClient_IsRefused()
    {
        var start = Tuesday8.AddDays(8);

        Assert.IsType<HoldResult.Held>(await Bookings.HoldAsync(ServiceId, start, 1, "hoarder", default));
        Assert.IsType<HoldResult.Held>(await Bookings.HoldAsync(ServiceId, start.AddMinutes(30), 1, "hoarder", default));
        var third = await Bookings.HoldAsync(ServiceId, start.AddMinutes(60), 1, "hoarder", default);

        Assert.Equal(BookingLimit.Holds, Assert.IsType<HoldResult.LimitReached>(third).Limit);
    }

    [Fact]
    public async Task BookAsync_SecondOpenAppointmentForSameEmailAndService_IsRefused()
    {
        var email = "twice@example.org";

        Assert.IsType<BookingResult.Booked>(await Bookings.BookAsync(Request(Tuesday8.AddDays(9), email), "c1", null, default));
        var second = await Bookings.BookAsync(Request(Tuesday8.AddDays(9).AddHours(1), email.ToUpperInvariant()), "c2", null, default);

        Assert.Equal(BookingLimit.OpenAppointments, Assert.IsType<BookingResult.LimitReached>(second).Limit);
    }

    [Fact]
    public async Task BookAsync_SameIdempotencyKey_ReturnsTheFirstAnswerAndBooksOnce()
    {
        var request = Request(Tuesday8.AddDays(10), "retry@example.org");

        var first = Assert.IsType<BookingResult.Booked>(await Bookings.BookAsync(request, "c", "key-1", default));
        var again = Assert.IsType<BookingResult.Booked>(await Bookings.BookAsync(request, "c", "key-1", default));
        var other = await Bookings.BookAsync(request with { Persons = 2 }, "c", "key-1", default);

        Assert.Equal(first.Appointment.Reference, again.Appointment.Reference);
        Assert.Null(again.Tokens);
        Assert.IsType<BookingResult.KeyReused>(other);
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Appointments.CountAsync(a => a.Email == "retry@example.org"));
    }

    [Theory]
    [InlineData("email", "not-an-email")]
    [InlineData("email", "a@b")]
    [InlineData("birthDate", "future")]
    [InlineData("birthDate", "absurd")]
    [InlineData("fullName", "long")]
    [InlineData("fullName", "control")]
    [InlineData("serviceId", "unknown")]
    [InlineData("start", "outsideHours")]
    [InlineData("start", "past")]
    [InlineData("persons", "0")]
    [InlineData("persons", "50")]
    [InlineData("language", "xx")]
    public async Task BookAsync_BadInput_NamesTheFieldAndStoresNothing(string field, string kind)
    {
        var valid = Request(Tuesday8.AddDays(11), $"bad-{field}-{kind}@example.org");
        var request = (field, kind) switch
        {
            ("email", _) => valid with { Person = valid.Person with { Email = kind } },
            ("birthDate", "future") => valid with { Person = valid.Person with { BirthDate = new DateOnly(2027, 1, 1) } },
            ("birthDate", _) => valid with { Person = valid.Person with { BirthDate = new DateOnly(1850, 1, 1) } },
            ("fullName", "long") => valid with { Person = valid.Person with { FullName = new string('a', 500) } },
            ("fullName", _) => valid with { Person = valid.Person with { FullName = "Amina\u0007Haddad" } },
            ("serviceId", _) => valid with { ServiceId = "no-such-service" },
            ("start", "outsideHours") => valid with { Start = Tuesday8.AddDays(11).AddHours(-2) },
            ("start", _) => valid with { Start = Tuesday8.AddDays(-14) },
            ("persons", _) => valid with { Persons = int.Parse(kind) },
            _ => valid with { Person = valid.Person with { Language = kind } },
        };

        var result = await Bookings.BookAsync(request, "c", null, default);

        Assert.Contains(Assert.IsType<BookingResult.Invalid>(result).Errors, e => e.Field == field);
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Appointments.AnyAsync(a => a.Email == valid.Person.Email));
    }

    [Fact]
    public async Task BookAsync_EveryDeskTaken_SlotDisappearsFromTheSearch()
    {
        var start = Tuesday8.AddDays(14);
        var desks = _host.Get<SlotGrid>().DesksOf("residence");
        for (var i = 0; i < desks; i++)
        {
            Assert.IsType<BookingResult.Booked>(await Bookings.BookAsync(Request(start, $"full{i}@example.org"), "c", null, default));
        }

        var extra = await Bookings.BookAsync(Request(start, "one-too-many@example.org"), "c", null, default);
        var day = DateOnly.FromDateTime(start.DateTime);
        var slots = await _host.Get<SlotFinder>().FindAsync(new SlotQuery(ServiceId, day, day), default);

        Assert.IsType<BookingResult.SlotTaken>(extra);
        Assert.DoesNotContain(slots!, s => s.Start == start);
        Assert.Contains(slots!, s => s.Start == start.AddMinutes(30) && s.Available == desks);
    }

    private static BookingRequest Request(DateTimeOffset start, string email) =>
        new(ServiceId, start, 1, People.Resident(email));
}
