using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Testing.Databases;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;
using Termine.Testing.Residents;

namespace Termine.Bot.Tests.Telegram;

/// <summary>
/// A booking made in Telegram gets its QR code and both reminders in the chat too, through the outbox, at the times
/// the e-mails go; a cancel withdraws them; a chat that blocked the bot is marked failed, not retried for ever.
/// </summary>
public sealed class TelegramReminderTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";

    /// <summary>Thursday 17 December 2026, 10:00 — 23 days after the test's "now".</summary>
    private static readonly DateTimeOffset Start = new(2026, 12, 17, 10, 0, 0, TimeSpan.FromHours(1));

    private readonly TestDatabase _database;
    private TelegramHost _host = null!;

    public TelegramReminderTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() => _host = await TelegramHost.StartAsync(_database);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [NeedsFact(Need.QrDecoder)]
    public async Task Booked_InTelegram_RemindersArriveInTheChatSevenDaysAndOneDayBefore()
    {
        const long chat = 7_400_000_001;
        var booked = await BookAsync(Start, chat, "remind.telegram@example.org");

        await DispatchAsync();
        Assert.Single(Photos(chat));
        _host.Factory.Time.SetUtcNow(Start.AddDays(-7).AddMinutes(-1));
        await DispatchAsync();
        Assert.Single(Photos(chat));
        _host.Factory.Time.Advance(TimeSpan.FromMinutes(1));
        await DispatchAsync();
        Assert.Equal(2, Photos(chat).Count);
        _host.Factory.Time.SetUtcNow(Start.AddDays(-1));
        await DispatchAsync();

        var photos = Photos(chat);
        Assert.Equal(3, photos.Count);
        var reminderSubject = AppointmentEmailComposer.Texts["Subject.Reminder", "uk"].Split(':')[0];
        Assert.DoesNotContain(reminderSubject, photos[0].Text);
        Assert.All(photos.Skip(1), p => Assert.StartsWith(reminderSubject, p.Text));
        Assert.All(photos, p => Assert.Contains(booked.Appointment.Reference, p.Text));
        Assert.All(photos, p => Assert.Contains(AppointmentEmailComposer.Texts["Qr.Instruction", "uk"], p.Text));
        var urls = await Task.WhenAll(photos.Select(p => QrDecoder.DecodeAsync(p.File!)));
        Assert.Single(urls.Distinct());
        Assert.EndsWith("/checkin/" + booked.Tokens!.CheckIn, urls[0]);
        Assert.All(await OutboxOfAsync(booked, "telegram"), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    [Fact]
    public async Task Cancelled_WithdrawsTheTelegramReminders()
    {
        const long chat = 7_400_000_002;
        var booked = await BookAsync(Start.AddHours(1), chat, "cancel.telegram@example.org");
        await DispatchAsync();

        await _host.Services.GetRequiredService<AppointmentChanges>().CancelAsync(
            new AppointmentProof.ReferenceAndEmail(booked.Appointment.Reference, "cancel.telegram@example.org"), default);
        _host.Factory.Time.SetUtcNow(Start.AddDays(-7));
        await DispatchAsync();
        _host.Factory.Time.SetUtcNow(Start);
        await DispatchAsync();

        Assert.Single(Photos(chat));
        var reminders = (await OutboxOfAsync(booked, "telegram")).Where(m => m.Kind == MessageKind.Reminder).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, m => Assert.Equal(OutboxStatus.Withdrawn, m.Status));
        Assert.All(reminders, m => Assert.Null(m.Content));
    }

    [Fact]
    public async Task Booked_ChatBlockedTheBot_MarkedFailedAndEmailStillSent()
    {
        const long chat = 7_400_000_003;
        _host.Api.BlockedChats[chat] = true;
        var booked = await BookAsync(Start.AddHours(3), chat, "blocked.telegram@example.org");

        await DispatchAsync();

        var confirmation = (await OutboxOfAsync(booked, "telegram")).Single(m => m.Kind == MessageKind.Confirmation);
        Assert.Equal(OutboxStatus.Failed, confirmation.Status);
        Assert.Equal("refused: telegram 403", confirmation.LastError);
        var email = (await OutboxOfAsync(booked, OutboxMessage.EmailChannel)).Single(m => m.Kind == MessageKind.Confirmation);
        Assert.Equal(OutboxStatus.Sent, email.Status);
    }

    private async Task<BookingResult.Booked> BookAsync(DateTimeOffset start, long chat, string email)
    {
        var bookings = _host.Services.GetRequiredService<BookingService>();
        var held = Assert.IsType<HoldResult.Held>(await bookings.HoldAsync(ServiceId, start, 1, $"telegram:{chat}", default));
        var result = await bookings.ConfirmAsync(
            held.HoldId, People.Resident(email, "uk"), "telegram", chat.ToString(CultureInfo.InvariantCulture), default);
        return Assert.IsType<BookingResult.Booked>(result);
    }

    private Task<int> DispatchAsync() => _host.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);

    private List<TelegramCall> Photos(long chat) => _host.Api.CallsTo(chat).Where(c => c.Method == "sendPhoto").ToList();

    private async Task<List<OutboxMessage>> OutboxOfAsync(BookingResult.Booked booked, string channel)
    {
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.AppointmentId == booked.Appointment.Id && m.Channel == channel).OrderBy(m => m.DueAt).ToListAsync();
    }
}
