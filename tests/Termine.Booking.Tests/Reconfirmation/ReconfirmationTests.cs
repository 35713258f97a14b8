using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Reconfirmation;
using Termine.Booking.Scheduling;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;
using Termine.Testing.Residents;

namespace Termine.Booking.Tests.Reconfirmation;

/// <summary>
/// The first reminder asks "will you come?" with a link to the confirmation page, the second only reminds; the
/// confirmation is recorded once; with the release on, the second reminder warns and an unconfirmed appointment is
/// cancelled at its deadline (with an e-mail that says why), and a confirmed one is not. Real SMTP on loopback, a
/// clock the test sets.
/// </summary>
public sealed class ReconfirmationTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";

    /// <summary>Thursday 17 December 2026, 10:00 — 23 days after the test's "now".</summary>
    private static readonly DateTimeOffset Start = new(2026, 12, 17, 10, 0, 0, TimeSpan.FromHours(1));

    private readonly TestDatabase _database;
    private SmtpServer _smtp = null!;
    private BookingHost _host = null!;

    public ReconfirmationTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() => _smtp = await SmtpServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _smtp.DisposeAsync();
    }

    [NeedsFact(Need.SmtpServer)]
    public async Task Reminders_TheFirstAsksToConfirm_TheSecondOnlyReminds()
    {
        _host = await StartHostAsync(release: false);
        var booked = await BookAsync(Start, "ask@example.org");

        await SendThroughAsync(Start.AddDays(-1));

        var received = await ReceivedForAsync(booked);
        Assert.Equal(["confirmation", "reminder", "reminder"], received.Select(KindOf));
        var confirmUrl = $"http://localhost:5000/appointment/{booked.Tokens!.Manage}/confirm";
        Assert.Contains(confirmUrl, received[1].Text);
        Assert.Contains($"href=\"{confirmUrl}\"", received[1].Html);
        Assert.Contains(AppointmentEmailComposer.Texts["Reconfirm.Heading", "de"], received[1].Text);
        Assert.Contains(AppointmentEmailComposer.Texts["Reconfirm.Button", "de"], received[1].Html);
        Assert.DoesNotContain("/confirm", received[0].Text);
        Assert.DoesNotContain("/confirm", received[2].Text);
        Assert.DoesNotContain("/confirm", received[2].Html);
        Assert.DoesNotContain(AppointmentEmailComposer.Texts["Reconfirm.Heading", "de"], received[2].Text);
        var reminders = (await OutboxOfAsync(booked)).Where(m => m.Kind == MessageKind.Reminder).OrderBy(m => m.DueAt).ToList();
        Assert.Equal([true, false], reminders.Select(m => m.AsksToReconfirm));
        Assert.All(reminders, m => Assert.False(m.WarnedOfRelease));
    }

    [NeedsFact(Need.SmtpServer)]
    public async Task Reminders_BookedTooLateForTheFirst_TheOnlyReminderAsks()
    {
        _host = await StartHostAsync(release: false);
        var soon = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(1));
        var booked = await BookAsync(soon, "late@example.org");

        await SendThroughAsync(soon.AddDays(-1));

        var received = await ReceivedForAsync(booked);
        Assert.Equal(["confirmation", "reminder"], received.Select(KindOf));
        Assert.Contains($"/appointment/{booked.Tokens!.Manage}/confirm", received[1].Text);
    }

    [NeedsFact(Need.SmtpServer)]
    public async Task Reconfirm_Twice_RecordsTheFirstTimeOnly_AndTheNextReminderAsksNoMore()
    {
        _host = await StartHostAsync(release: false);
        var booked = await BookAsync(Start.AddHours(1), "twice@example.org");
        var proof = new AppointmentProof.ManageToken(booked.Tokens!.Manage);
        var changes = _host.Get<AppointmentChanges>();
        var confirmedAt = _host.Time.GetUtcNow();

        var first = Assert.IsType<ReconfirmResult.Confirmed>(await changes.ReconfirmAsync(proof, default));
        _host.Time.Advance(TimeSpan.FromHours(2));
        var second = Assert.IsType<ReconfirmResult.Confirmed>(await changes.ReconfirmAsync(proof, default));
        await SendThroughAsync(Start.AddDays(-7).AddHours(1));

        Assert.Equal(confirmedAt, first.ReconfirmedAt);
        Assert.Equal(confirmedAt, second.ReconfirmedAt);
        Assert.Equal(confirmedAt, (await AppointmentAsync(booked)).ReconfirmedAt);
        var reminder = (await ReceivedForAsync(booked)).Single(r => KindOf(r) == "reminder");
        Assert.DoesNotContain("/confirm", reminder.Text);
    }

    [Fact]
    public async Task Reconfirm_Cancelled_IsClosedAndRecordsNothing()
    {
        _host = await StartHostAsync(release: false);
        var booked = await BookAsync(Start.AddMinutes(30), "cancelled@example.org");
        var proof = new AppointmentProof.ManageToken(booked.Tokens!.Manage);
        var changes = _host.Get<AppointmentChanges>();
        Assert.IsType<CancelResult.Cancelled>(await changes.CancelAsync(proof, default));

        var result = await changes.ReconfirmAsync(proof, default);

        Assert.Equal(AppointmentStatus.Cancelled, Assert.IsType<ReconfirmResult.Closed>(result).Appointment.Status);
        Assert.Null((await AppointmentAsync(booked)).ReconfirmedAt);
    }

    [Fact]
    public async Task Reconfirm_FromAnotherChat_FindsNothing()
    {
        _host = await StartHostAsync(release: false);
        var bookings = _host.Get<BookingService>();
        var held = Assert.IsType<HoldResult.Held>(await bookings.HoldAsync(ServiceId, Start.AddHours(3), 1, "telegram:1001", default));
        var booked = Assert.IsType<BookingResult.Booked>(
            await bookings.ConfirmAsync(held.HoldId, People.Resident("chat@example.org"), "telegram", "1001", default));
        var changes = _host.Get<AppointmentChanges>();

        var foreign = await changes.ReconfirmAsync(new AppointmentProof.ChatOfBooking("telegram", "2002", booked.Appointment.Id), default);
        var otherChannel = await changes.ReconfirmAsync(new AppointmentProof.ChatOfBooking("teams", "1001", booked.Appointment.Id), default);
        Assert.Null((await AppointmentAsync(booked)).ReconfirmedAt);
        var own = await changes.ReconfirmAsync(new AppointmentProof.ChatOfBooking("telegram", "1001", booked.Appointment.Id), default);

        Assert.IsType<ReconfirmResult.NotFound>(foreign);
        Assert.IsType<ReconfirmResult.NotFound>(otherChannel);
        Assert.IsType<ReconfirmResult.Confirmed>(own);
    }

    [NeedsFact(Need.SmtpServer)]
    public async Task ReleaseOff_UnconfirmedStaysBooked_AndTheSecondReminderWarnsOfNothing()
    {
        _host = await StartHostAsync(release: false);
        var booked = await BookAsync(Start.AddHours(4), "off@example.org");

        await SendThroughAsync(Start.AddHours(4).AddDays(-1));
        _host.Time.SetUtcNow(Start.AddHours(4).AddHours(-1));
        var released = await _host.Get<UnconfirmedRelease>().ReleaseDueAsync(default);

        Assert.Equal(0, released);
        Assert.Equal(AppointmentStatus.Booked, (await AppointmentAsync(booked)).Status);
        var second = (await ReceivedForAsync(booked)).Last();
        Assert.DoesNotContain(AppointmentEmailComposer.Texts["Reconfirm.Warning", "de"].Split(':')[0], second.Text);
    }

    [NeedsFact(Need.SmtpServer)]
    public async Task ReleaseOn_SecondReminderWarns_ReleasedAtTheDeadline_WithAnEmailThatSaysWhy()
    {
        _host = await StartHostAsync(release: true);
        var start = Start.AddHours(5);
        var booked = await BookAsync(start, "release@example.org");
        var deadline = start.AddHours(-12);
        var release = _host.Get<UnconfirmedRelease>();

        await SendThroughAsync(start.AddDays(-1));
        var second = (await ReceivedForAsync(booked)).Last();
        var deadlineText = AppointmentTimes.DateAndTime(_host.Get<OfficeClock>().ToLocal(deadline), "de");
        Assert.Contains(AppointmentEmailComposer.Texts.Get("Reconfirm.Warning", "de", deadlineText), second.Text);
        Assert.Contains($"/appointment/{booked.Tokens!.Manage}/confirm", second.Text);
        _host.Time.SetUtcNow(deadline.AddMinutes(-1));
        Assert.Equal(0, await release.ReleaseDueAsync(default));
        Assert.Equal(AppointmentStatus.Booked, (await AppointmentAsync(booked)).Status);

        _host.Time.SetUtcNow(deadline);
        var released = await release.ReleaseDueAsync(default);
        var again = await release.ReleaseDueAsync(default);
        await DispatchAsync();

        Assert.Equal(1, released);
        Assert.Equal(0, again);
        var appointment = await AppointmentAsync(booked);
        Assert.Equal(AppointmentStatus.Cancelled, appointment.Status);
        Assert.Equal(CancellationCause.NotReconfirmed, appointment.CancellationCause);
        Assert.Equal(deadline, appointment.CancelledAt);
        await using (var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync())
        {
            Assert.False(await db.SlotClaims.AnyAsync(c => c.AppointmentId == booked.Appointment.Id));
        }

        var received = await ReceivedForAsync(booked);
        Assert.Equal(["confirmation", "reminder", "reminder", "cancellation"], received.Select(KindOf));
        Assert.Contains(AppointmentEmailComposer.Texts["Intro.Cancellation.Released", "de"], received[3].Text);
        Assert.DoesNotContain(AppointmentEmailComposer.Texts["Intro.Cancellation", "de"], received[3].Text);
    }

    [NeedsFact(Need.SmtpServer)]
    public async Task ReleaseOn_ConfirmedAfterTheFirstReminder_NoWarningAndNotReleased()
    {
        _host = await StartHostAsync(release: true);
        var start = Start.AddHours(6);
        var booked = await BookAsync(start, "kept@example.org");
        await SendThroughAsync(start.AddDays(-7));
        await _host.Get<AppointmentChanges>().ReconfirmAsync(new AppointmentProof.ManageToken(booked.Tokens!.Manage), default);

        await SendThroughAsync(start.AddDays(-1));
        _host.Time.SetUtcNow(start.AddHours(-1));
        var released = await _host.Get<UnconfirmedRelease>().ReleaseDueAsync(default);

        Assert.Equal(0, released);
        Assert.Equal(AppointmentStatus.Booked, (await AppointmentAsync(booked)).Status);
        var second = (await ReceivedForAsync(booked)).Last();
        Assert.Equal("reminder", KindOf(second));
        Assert.DoesNotContain("/confirm", second.Text);
    }

    [NeedsFact(Need.SmtpServer)]
    public async Task ReleaseOn_NeverWarned_NotReleased()
    {
        // Booked two days ahead: only one reminder, the one that asks; nobody warned, so nothing is released.
        _host = await StartHostAsync(release: true);
        var soon = new DateTimeOffset(2026, 11, 26, 11, 0, 0, TimeSpan.FromHours(1));
        var booked = await BookAsync(soon, "unwarned@example.org");

        await SendThroughAsync(soon.AddDays(-1));
        _host.Time.SetUtcNow(soon.AddHours(-1));

        Assert.Equal(0, await _host.Get<UnconfirmedRelease>().ReleaseDueAsync(default));
        Assert.Equal(AppointmentStatus.Booked, (await AppointmentAsync(booked)).Status);
    }

    [NeedsFact(Need.SmtpServer)]
    public async Task ReleaseOn_TwoHostsAtOnce_ReleaseItOnce()
    {
        _host = await StartHostAsync(release: true);
        var start = Start.AddHours(7);
        var booked = await BookAsync(start, "twohosts@example.org");
        await SendThroughAsync(start.AddDays(-1));
        var deadline = start.AddHours(-12);
        _host.Time.SetUtcNow(deadline);
        await using var other = await BookingHostWith(release: true, deadline);

        var counts = await Task.WhenAll(
            _host.Get<UnconfirmedRelease>().ReleaseDueAsync(default), other.Get<UnconfirmedRelease>().ReleaseDueAsync(default));
        await DispatchAsync();

        Assert.Equal(1, counts.Sum());
        Assert.Single(await OutboxOfAsync(booked), m => m.Kind == MessageKind.Cancellation);
    }

    [Fact]
    public async Task Options_ReleaseDeadlineNotAfterTheLastReminder_StopsTheStartNamingTheKey()
    {
        await using var host = await BookingHost.StartAsync(_database, new Dictionary<string, string?>
        {
            ["Termine:Reconfirmation:ReleaseUnconfirmed"] = "true",
            ["Termine:Reconfirmation:ReleaseHoursBefore"] = "24",
        });

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => host.Get<Microsoft.Extensions.Options.IOptions<ReconfirmationOptions>>().Value);

        Assert.Contains("Termine:Reconfirmation:ReleaseHoursBefore is 24", error.Message);
        Assert.Contains("fewer than the shortest reminder lead time (24 hours", error.Message);
    }

    private Task<BookingHost> StartHostAsync(bool release) => BookingHostWith(release, BookingHost.DefaultNow);

    private Task<BookingHost> BookingHostWith(bool release, DateTimeOffset now) =>
        BookingHost.StartAsync(_database, new Dictionary<string, string?>
        {
            ["Termine:Mail:Smtp:Host"] = "127.0.0.1",
            ["Termine:Mail:Smtp:Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Termine:Mail:Smtp:Security"] = "None",
            ["Termine:Mail:Smtp:Timeout"] = "00:00:05",
            ["Termine:Reconfirmation:ReleaseUnconfirmed"] = release ? "true" : "false",
            ["Termine:Reconfirmation:ReleaseHoursBefore"] = "12",
        }, now);

    /// <summary>Sends what is due now, then moves the clock to each reminder up to <paramref name="until"/> and sends again.</summary>
    private async Task SendThroughAsync(DateTimeOffset until)
    {
        await DispatchAsync();
        foreach (var due in (await DueTimesAsync()).Where(d => d > _host.Time.GetUtcNow() && d <= until))
        {
            _host.Time.SetUtcNow(due);
            await DispatchAsync();
        }

        if (until > _host.Time.GetUtcNow())
        {
            _host.Time.SetUtcNow(until);
            await DispatchAsync();
        }
    }

    private async Task<List<DateTimeOffset>> DueTimesAsync()
    {
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var due = await db.OutboxMessages.AsNoTracking().Where(m => m.Status == OutboxStatus.Pending).Select(m => m.DueAt).ToListAsync();
        return due.Distinct().Order().ToList();
    }

    private Task<int> DispatchAsync() => _host.Get<OutboxDispatcher>().DispatchDueAsync(default);

    private async Task<BookingResult.Booked> BookAsync(DateTimeOffset start, string email)
    {
        var result = await _host.Get<BookingService>().BookAsync(new BookingRequest(ServiceId, start, 1, People.Resident(email)), "c", null, default);
        return Assert.IsType<BookingResult.Booked>(result);
    }

    private async Task<Appointment> AppointmentAsync(BookingResult.Booked booked)
    {
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.Appointments.AsNoTracking().SingleAsync(a => a.Id == booked.Appointment.Id);
    }

    private async Task<List<OutboxMessage>> OutboxOfAsync(BookingResult.Booked booked)
    {
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.AppointmentId == booked.Appointment.Id).ToListAsync();
    }

    private async Task<List<ReceivedEmail>> ReceivedForAsync(BookingResult.Booked booked)
    {
        var all = new List<ReceivedEmail>();
        foreach (var file in _smtp.Received())
        {
            all.Add(await ReceivedEmail.LoadAsync(file));
        }

        return all.Where(e => e.Message.Subject?.Contains(booked.Appointment.Reference) == true).OrderBy(e => e.Message.Date).ToList();
    }

    private static string KindOf(ReceivedEmail email) => email.Message.MessageId!.Split('.')[0];
}
