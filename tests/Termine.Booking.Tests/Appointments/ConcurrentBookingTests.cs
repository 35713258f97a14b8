using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Persistence;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Residents;

namespace Termine.Booking.Tests.Appointments;

/// <summary>The database, not a lock in this process, keeps a slot from being booked twice.</summary>
public sealed class ConcurrentBookingTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private BookingHost _host = null!;

    public ConcurrentBookingTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() =>
        _host = await BookingHost.StartAsync(_database, new Dictionary<string, string?> { ["Termine:Scheduling:Desks:service"] = "1" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task BookAsync_200ConcurrentAttemptsAtASlotOfCapacityOne_ExactlyOneSucceeds()
    {
        var service = _host.Get<ServiceCatalog>().Services.First(s => s.Team == "service");
        var start = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(1));
        var bookings = _host.Get<BookingService>();
        using var gate = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            gate.Wait();
            return await bookings.BookAsync(
                new BookingRequest(service.Id, start, 1, People.Resident($"racer{i}@example.org")), $"racer{i}", null, default);
        })).ToList();
        gate.Set();
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r is BookingResult.Booked);
        Assert.Equal(199, results.Count(r => r is BookingResult.SlotTaken));
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Appointments.CountAsync(a => a.ServiceId == service.Id && a.Status == AppointmentStatus.Booked));
    }
}
