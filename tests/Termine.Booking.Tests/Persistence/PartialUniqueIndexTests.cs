using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Booking.Tests.Persistence;

/// <summary>
/// The unique indexes on reference, token hashes and the day's waiting number leave out rows where the column is
/// empty; the rules stay: any number of empty ones, never two equal ones.
/// </summary>
public sealed class PartialUniqueIndexTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private BookingHost _host = null!;

    public PartialUniqueIndexTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() => _host = await BookingHost.StartAsync(_database);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ManyRowsWithoutReferenceTokensOrArrival_AreStored()
    {
        await _host.Get<DatabaseWrites<BookingDbContext>>().RunAsync(async (db, ct) =>
        {
            db.Appointments.AddRange(Enumerable.Range(0, 3).Select(_ => Row()));
            db.Appointments.Add(Row(a => (a.ArrivalDay, a.WaitingNumber) = (new DateOnly(2026, 11, 24), null)));
            db.Appointments.Add(Row(a => (a.ArrivalDay, a.WaitingNumber) = (new DateOnly(2026, 11, 24), null)));
            await db.SaveChangesAsync(ct);
        }, CancellationToken.None);
    }

    public static TheoryData<string> Columns => new() { "Reference", "CheckInTokenHash", "ManageTokenHash", "WaitingNumber" };

    [Theory]
    [MemberData(nameof(Columns))]
    public async Task TwoRowsWithTheSameValue_TheSecondIsRefused(string column)
    {
        var value = Guid.NewGuid().ToByteArray().Concat(Guid.NewGuid().ToByteArray()).ToArray();
        var day = new DateOnly(2026, 11, 25).AddDays(Random.Shared.Next(300));
        Action<Appointment> same = column switch
        {
            "Reference" => a => a.Reference = Convert.ToHexString(value)[..8],
            "CheckInTokenHash" => a => a.CheckInTokenHash = value,
            "ManageTokenHash" => a => a.ManageTokenHash = value,
            _ => a => (a.ArrivalDay, a.WaitingNumber) = (day, 7),
        };
        var writes = _host.Get<DatabaseWrites<BookingDbContext>>();
        Task AddAsync() => writes.RunAsync(async (db, ct) =>
        {
            db.Appointments.Add(Row(same));
            await db.SaveChangesAsync(ct);
        }, CancellationToken.None);
        await AddAsync();

        await Assert.ThrowsAsync<DbUpdateException>(AddAsync);
    }

    private static Appointment Row(Action<Appointment>? change = null)
    {
        var appointment = new Appointment
        {
            Id = Guid.NewGuid(), ServiceId = "residence-permit-extension", Team = "residence", ClientKey = "index-test",
            Start = BookingHost.DefaultNow.AddDays(3), End = BookingHost.DefaultNow.AddDays(3).AddMinutes(30),
        };
        appointment.MoveTo(AppointmentStatus.Booked);
        change?.Invoke(appointment);
        return appointment;
    }
}
