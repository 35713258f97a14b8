using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.Booking.Retention;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Residents;

namespace Termine.Booking.Tests.Appointments;

/// <summary>A family booking names every further person with a date of birth; they are stored in order and go on retention.</summary>
public sealed class CompanionTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";

    /// <summary>Tuesday 1 December 2026, 08:00 in Grevenbroich.</summary>
    private static readonly DateTimeOffset Tuesday8 = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(1));

    private static readonly Companion Omar = new("Omar Haddad", new DateOnly(2012, 5, 5));
    private static readonly Companion Lina = new("Lina Haddad", new DateOnly(2015, 9, 30));

    private readonly TestDatabase _database;
    private BookingHost _host = null!;

    public CompanionTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() => _host = await BookingHost.StartAsync(_database);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private BookingService Bookings => _host.Get<BookingService>();

    [Fact]
    public async Task BookAsync_WithTwoCompanions_StoresThemAndReadsThemBackInOrder()
    {
        var person = People.Resident("family@example.org") with { Companions = [Omar, Lina with { FullName = "  Lina Haddad " }] };

        var booked = Assert.IsType<BookingResult.Booked>(
            await Bookings.BookAsync(new BookingRequest(ServiceId, Tuesday8.AddDays(1), 3, person), "c", null, default));

        Assert.Equal([Omar, Lina], await StoredAsync(booked.Appointment.Id));
    }

    [Fact]
    public async Task ConfirmAsync_HoldForThree_StoresTheTwoCompanions()
    {
        var held = Assert.IsType<HoldResult.Held>(await Bookings.HoldAsync(ServiceId, Tuesday8.AddDays(2), 3, "hold-family", default));
        var person = People.Resident("hold-family@example.org") with { Companions = [Lina, Omar] };

        Assert.IsType<BookingResult.Booked>(await Bookings.ConfirmAsync(held.HoldId, person, "webchat", default));

        Assert.Equal([Lina, Omar], await StoredAsync(held.HoldId));
    }

    [Fact]
    public async Task BookAsync_WithoutCompanions_IsAllowedForChannelsThatDoNotAskForThem()
    {
        var booked = Assert.IsType<BookingResult.Booked>(await Bookings.BookAsync(
            new BookingRequest(ServiceId, Tuesday8.AddDays(3), 3, People.Resident("no-companions@example.org")), "c", null, default));

        Assert.Empty(await StoredAsync(booked.Appointment.Id));
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 1)]
    [InlineData(3, 3)]
    [InlineData(1, 1)]
    public async Task BookAsync_CompanionCountNotPersonsMinusOne_IsAFieldErrorAndStoresNothing(int persons, int companions)
    {
        var email = $"count-{persons}-{companions}@example.org";
        var person = People.Resident(email) with { Companions = [.. Enumerable.Repeat(Omar, companions)] };

        var result = await Bookings.BookAsync(new BookingRequest(ServiceId, Tuesday8.AddDays(6), persons, person), "c", null, default);

        var error = Assert.Single(Assert.IsType<BookingResult.Invalid>(result).Errors);
        Assert.Equal(("companions", "count"), (error.Field, error.Code));
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Appointments.AnyAsync(a => a.Email == email));
    }

    [Fact]
    public async Task ConfirmAsync_CompanionCountNotPersonsMinusOne_IsAFieldError()
    {
        var held = Assert.IsType<HoldResult.Held>(await Bookings.HoldAsync(ServiceId, Tuesday8.AddDays(7), 2, "hold-count", default));
        var person = People.Resident("hold-count@example.org") with { Companions = [Omar, Lina] };

        var result = await Bookings.ConfirmAsync(held.HoldId, person, "webchat", default);

        Assert.Equal("companions", Assert.Single(Assert.IsType<BookingResult.Invalid>(result).Errors).Field);
    }

    [Theory]
    [InlineData("", "2012-05-05", "companions[1].fullName", "required")]
    [InlineData("O", "2012-05-05", "companions[1].fullName", "invalid")]
    [InlineData("Omar <script>", "2012-05-05", "companions[1].fullName", "invalid")]
    [InlineData("Omar\u0007Haddad", "2012-05-05", "companions[1].fullName", "invalidCharacters")]
    [InlineData("Omar Haddad", "2027-01-01", "companions[1].birthDate", "future")]
    [InlineData("Omar Haddad", "1890-01-01", "companions[1].birthDate", "tooOld")]
    public async Task BookAsync_BadCompanion_NamesItsFieldByPosition(string name, string birthDate, string field, string code)
    {
        var bad = new Companion(name, DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture));
        var person = People.Resident("bad-companion@example.org") with { Companions = [Lina, bad] };

        var result = await Bookings.BookAsync(new BookingRequest(ServiceId, Tuesday8.AddDays(6), 3, person), "c", null, default);

        var error = Assert.Single(Assert.IsType<BookingResult.Invalid>(result).Errors);
        Assert.Equal((field, code), (error.Field, error.Code));
    }

    [Fact]
    public async Task BookAsync_LongCompanionName_IsTooLong()
    {
        var person = People.Resident("long-companion@example.org") with { Companions = [Omar with { FullName = new string('a', 101) }] };

        var result = await Bookings.BookAsync(new BookingRequest(ServiceId, Tuesday8.AddDays(6), 2, person), "c", null, default);

        Assert.Contains(Assert.IsType<BookingResult.Invalid>(result).Errors, e => e is { Field: "companions[0].fullName", Code: "tooLong" });
    }

    [Fact]
    public async Task BookAsync_SameIdempotencyKeyWithOtherCompanions_IsAReusedKey()
    {
        var request = new BookingRequest(ServiceId, Tuesday8.AddDays(8), 2, People.Resident("retry-family@example.org") with { Companions = [Omar] });

        Assert.IsType<BookingResult.Booked>(await Bookings.BookAsync(request, "c", "family-key", default));
        Assert.IsType<BookingResult.Booked>(await Bookings.BookAsync(request, "c", "family-key", default));
        var other = await Bookings.BookAsync(request with { Person = request.Person with { Companions = [Lina] } }, "c", "family-key", default);

        Assert.IsType<BookingResult.KeyReused>(other);
    }

    [Fact]
    public async Task Anonymiser_AfterTheRetentionPeriod_RemovesTheCompanions()
    {
        var person = People.Resident("retention-family@example.org") with { Companions = [Omar, Lina] };
        var booked = Assert.IsType<BookingResult.Booked>(
            await Bookings.BookAsync(new BookingRequest(ServiceId, Tuesday8.AddDays(9), 3, person), "c", null, default));
        var anonymiser = _host.Get<IEnumerable<IRetentionStep>>().OfType<AppointmentAnonymiser>().Single();

        _host.Time.Advance(TimeSpan.FromDays(60));
        await anonymiser.RunAsync(default);

        Assert.Empty(await StoredAsync(booked.Appointment.Id));
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var appointment = await db.Appointments.SingleAsync(a => a.Id == booked.Appointment.Id);
        Assert.Null(appointment.FullName);
        Assert.Equal(3, appointment.Persons);
    }

    private async Task<List<Companion>> StoredAsync(Guid appointmentId)
    {
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var appointment = await db.Appointments.AsNoTracking().Include(a => a.Companions).SingleAsync(a => a.Id == appointmentId);
        return appointment.Companions.OrderBy(c => c.Position).Select(c => new Companion(c.FullName, c.BirthDate)).ToList();
    }
}
