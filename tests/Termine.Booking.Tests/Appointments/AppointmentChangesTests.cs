using Termine.Booking.Appointments;
using Termine.Booking.Scheduling;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Residents;

namespace Termine.Booking.Tests.Appointments;

public sealed class AppointmentChangesTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";
    private static readonly DateTimeOffset Wednesday8 = new(2026, 12, 2, 8, 0, 0, TimeSpan.FromHours(1));

    private readonly TestDatabase _database;
    private BookingHost _host = null!;

    public AppointmentChangesTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() => _host = await BookingHost.StartAsync(_database);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private AppointmentChanges Changes => _host.Get<AppointmentChanges>();

    [Fact]
    public async Task FindAsync_ReferenceInAnyCaseWithTheRightEmail_FindsItAndWrongEmailDoesNot()
    {
        var booked = await BookAsync(Wednesday8, "find@example.org");
        var spoken = booked.Reference.Replace("-", " ").ToLowerInvariant();

        Assert.NotNull(await Changes.FindAsync(new AppointmentProof.ReferenceAndEmail(spoken, "FIND@example.org"), default));
        Assert.Null(await Changes.FindAsync(new AppointmentProof.ReferenceAndEmail(booked.Reference, "someone.else@example.org"), default));
    }

    [Fact]
    public async Task CancelAsync_FreesTheDeskTime()
    {
        var booked = await BookAsync(Wednesday8.AddDays(7), "cancel@example.org");
        var before = await AvailableAtAsync(booked.Start);

        var result = await Changes.CancelAsync(new AppointmentProof.ReferenceAndEmail(booked.Reference, "cancel@example.org"), default);

        Assert.Equal(AppointmentStatus.Cancelled, Assert.IsType<CancelResult.Cancelled>(result).Appointment.Status);
        Assert.Equal(before + 1, await AvailableAtAsync(booked.Start));
        Assert.IsType<CancelResult.NotFound>(await Changes.CancelAsync(new AppointmentProof.ReferenceAndEmail(booked.Reference, "cancel@example.org"), default));
    }

    [Fact]
    public async Task RescheduleAsync_ToAFreeSlot_MovesAndIssuesNewTokens()
    {
        var booked = await BookAsync(Wednesday8.AddDays(14), "move@example.org");
        var target = Wednesday8.AddDays(14).AddHours(2);

        var moved = Assert.IsType<MoveResult.Moved>(await Changes.RescheduleAsync(new AppointmentProof.ReferenceAndEmail(booked.Reference, "move@example.org"), target, default));

        Assert.Equal(target, moved.Appointment.Start);
        Assert.Equal(booked.Reference, moved.Appointment.Reference);
        Assert.NotNull(moved.Tokens);
    }

    [Fact]
    public async Task RescheduleAsync_ToAFullSlot_ChangesNothing()
    {
        var booked = await BookAsync(Wednesday8.AddDays(21), "stay@example.org");
        var full = Wednesday8.AddDays(21).AddHours(1);
        for (var i = 0; i < _host.Get<SlotGrid>().DesksOf("residence"); i++)
        {
            await BookAsync(full, $"full{i}@example.org");
        }

        var result = await Changes.RescheduleAsync(new AppointmentProof.ReferenceAndEmail(booked.Reference, "stay@example.org"), full, default);

        Assert.IsType<MoveResult.SlotTaken>(result);
        var unchanged = await Changes.FindAsync(new AppointmentProof.ReferenceAndEmail(booked.Reference, "stay@example.org"), default);
        Assert.Equal(booked.Start, unchanged!.Start);
        Assert.Equal(_host.Get<SlotGrid>().DesksOf("residence") - 1, await AvailableAtAsync(booked.Start));
    }

    private async Task<BookedAppointment> BookAsync(DateTimeOffset start, string email)
    {
        var result = await _host.Get<BookingService>().BookAsync(new BookingRequest(ServiceId, start, 1, People.Resident(email)), "c", null, default);
        return Assert.IsType<BookingResult.Booked>(result).Appointment;
    }

    private async Task<int> AvailableAtAsync(DateTimeOffset start)
    {
        var day = DateOnly.FromDateTime(start.DateTime);
        var slots = await _host.Get<SlotFinder>().FindAsync(new SlotQuery(ServiceId, day, day), default);
        return slots!.SingleOrDefault(s => s.Start == start)?.Available ?? 0;
    }
}
