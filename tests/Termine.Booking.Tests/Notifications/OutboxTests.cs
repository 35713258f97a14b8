using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;
using Termine.Testing.Residents;

namespace Termine.Booking.Tests.Notifications;

/// <summary>Reminder timing, cancel, move and restart, delivered through a real SMTP server on loopback.</summary>
public sealed class OutboxTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";

    /// <summary>Thursday 17 December 2026, 10:00 — 23 days after the test's "now".</summary>
    private static readonly DateTimeOffset Start = new(2026, 12, 17, 10, 0, 0, TimeSpan.FromHours(1));

    private readonly TestDatabase _database;
    private SmtpServer _smtp = null!;
    private BookingHost _host = null!;

    public OutboxTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync()
    {
        _smtp = await SmtpServer.StartAsync();
        _host = await StartHostAsync(BookingHost.DefaultNow);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [NeedsFact(Need.SmtpServer)]
    public async Task Booked_ThreeWeeksAhead_SendsConfirmationNowAndRemindersSevenDaysAndOneDayBefore()
    {
        var booked = await BookAsync(Start, "remind@example.org");

        await DispatchAsync();
        Assert.Single(await ReceivedForAsync(booked));
        _host.Time.SetUtcNow(Start.AddDays(-7).AddMinutes(-1));
        await DispatchAsync();
        Assert.Single(await ReceivedForAsync(booked));
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        await DispatchAsync();
        Assert.Equal(2, (await ReceivedForAsync(booked)).Count);
        _host.Time.SetUtcNow(Start.AddDays(-1));
        await DispatchAsync();

        var received = await ReceivedForAsync(booked);
        Assert.Equal(["confirmation", "reminder", "reminder"], received.Select(KindOf));
        Assert.All(received, r => Assert.NotNull(r.QrImage));
        Assert.Contains("Erinnerung", received[1].Message.Subject);
    }

    [NeedsFact(Need.SmtpServer)]
    public async Task Booked_ThreeDaysAhead_SkipsTheSevenDayReminder()
    {
        var soon = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(1));

        var booked = await BookAsync(soon, "soon@example.org");

        var messages = await OutboxOfAsync(booked);
        Assert.Equal([MessageKind.Confirmation, MessageKind.Reminder], messages.Select(m => m.Kind).Order());
        Assert.Equal(soon.AddDays(-1), messages.Single(m => m.Kind == MessageKind.Reminder).DueAt);
    }

    [NeedsFact(Need.SmtpServer)]
    public async Task Cancelled_WithdrawsTheRemindersAndSendsACancellation()
    {
        var booked = await BookAsync(Start.AddHours(1), "cancel@example.org");
        await DispatchAsync();

        await _host.Get<AppointmentChanges>().CancelAsync(new AppointmentProof.ReferenceAndEmail(booked.Appointment.Reference, "cancel@example.org"), default);
        await DispatchAsync();
        _host.Time.SetUtcNow(Start.AddHours(1));
        await DispatchAsync();

        var received = await ReceivedForAsync(booked);
        Assert.Equal(["confirmation", "cancellation"], received.Select(KindOf));
        Assert.Null(received[1].QrImage);
        Assert.Contains("METHOD:CANCEL", await received[1].CalendarTextAsync());
    }

    [NeedsFact(Need.SmtpServer)]
    public async Task Moved_SendsANewConfirmationAndRemindsOnlyOfTheNewTime()
    {
        var booked = await BookAsync(Start.AddHours(5), "move@example.org");
        await DispatchAsync();
        var newStart = Start.AddDays(5).AddHours(4);

        var moved = await _host.Get<AppointmentChanges>().RescheduleAsync(
            new AppointmentProof.ReferenceAndEmail(booked.Appointment.Reference, "move@example.org"), newStart, default);
        await DispatchAsync();
        _host.Time.SetUtcNow(newStart.AddDays(-1));
        await DispatchAsync();

        Assert.IsType<MoveResult.Moved>(moved);
        var messages = await OutboxOfAsync(booked);
        Assert.Equal(2, messages.Count(m => m.Kind == MessageKind.Reminder && m.Status == OutboxStatus.Withdrawn));
        Assert.Equal(
            [newStart.AddDays(-7), newStart.AddDays(-1)],
            messages.Where(m => m.Status == OutboxStatus.Sent && m.Kind == MessageKind.Reminder).Select(m => m.DueAt).Order());
        var received = await ReceivedForAsync(booked);
        Assert.Equal(["confirmation", "confirmation", "reminder", "reminder"], received.Select(KindOf));
        Assert.Contains("20261222T140000", await received[1].CalendarTextAsync());
    }

    [NeedsFact(Need.SmtpServer)]
    public async Task SmtpDown_RetriedWithBackOff_DeliveredExactlyOnceWhenBack()
    {
        await _smtp.StopAsync();
        var booked = await BookAsync(Start.AddHours(3), "outage@example.org");

        await DispatchAsync();
        var failed = (await OutboxOfAsync(booked)).Single(m => m.Kind == MessageKind.Confirmation);
        await _smtp.StartAgainAsync();
        await DispatchAsync();
        Assert.Empty(await ReceivedForAsync(booked));
        _host.Time.Advance(TimeSpan.FromSeconds(31));
        await DispatchAsync();
        await DispatchAsync();

        Assert.Equal(OutboxStatus.Pending, failed.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("Exception", failed.LastError);
        Assert.DoesNotContain("outage@example.org", failed.LastError);
        Assert.Single(await ReceivedForAsync(booked));
        var sent = (await OutboxOfAsync(booked)).Single(m => m.Kind == MessageKind.Confirmation);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Null(sent.Content);
    }

    [NeedsFact(Need.SmtpServer)]
    public async Task Restart_BetweenBookingAndSending_LosesNothingAndSendsNothingTwice()
    {
        var booked = await BookAsync(Start.AddHours(4), "restart@example.org");
        var now = _host.Time.GetUtcNow();
        await _host.DisposeAsync();

        _host = await StartHostAsync(now);
        await DispatchAsync();
        await _host.DisposeAsync();
        _host = await StartHostAsync(now);
        await DispatchAsync();

        Assert.Single(await ReceivedForAsync(booked));
    }

    private Task<BookingHost> StartHostAsync(DateTimeOffset now) =>
        BookingHost.StartAsync(_database, new Dictionary<string, string?>
        {
            ["Termine:Mail:Smtp:Host"] = "127.0.0.1",
            ["Termine:Mail:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Termine:Mail:Smtp:Security"] = "None",
            ["Termine:Mail:Smtp:Timeout"] = "00:00:05",
        }, now);

    private Task<int> DispatchAsync() => _host.Get<OutboxDispatcher>().DispatchDueAsync(default);

    private async Task<BookingResult.Booked> BookAsync(DateTimeOffset start, string email)
    {
        var result = await _host.Get<BookingService>().BookAsync(new BookingRequest(ServiceId, start, 1, People.Resident(email)), "c", null, default);
        return Assert.IsType<BookingResult.Booked>(result);
    }

    private async Task<List<OutboxMessage>> OutboxOfAsync(BookingResult.Booked booked)
    {
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.AppointmentId == booked.Appointment.Id).OrderBy(m => m.CreatedAt).ToListAsync();
    }

    private async Task<List<ReceivedEmail>> ReceivedForAsync(BookingResult.Booked booked)
    {
        var all = new List<ReceivedEmail>();
        foreach (var file in _smtp.Received())
        {
            all.Add(await ReceivedEmail.LoadAsync(file));
        }

        return all.Where(e => e.Message.Subject?.Contains(booked.Appointment.Reference) == true).ToList();
    }

    private static string KindOf(ReceivedEmail email) => email.Message.MessageId!.Split('.')[0];
}
