using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Testing.Databases;
using Termine.Testing.Residents;

namespace Termine.Bot.Tests.Telegram;

/// <summary>
/// The first reminder in Telegram carries "Yes, I will come" (callback data) and "cancel" (a link to the appointment's
/// page) as Telegram's inline keyboard; the second carries none. The press confirms for the chat the appointment was
/// booked in and answers in its language; the same press from another chat does nothing.
/// </summary>
public sealed class TelegramReconfirmationTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";

    /// <summary>Friday 18 December 2026, 10:00.</summary>
    private static readonly DateTimeOffset Start = new(2026, 12, 18, 10, 0, 0, TimeSpan.FromHours(1));

    private readonly TestDatabase _database;
    private TelegramHost _host = null!;

    public TelegramReconfirmationTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() => _host = await TelegramHost.StartAsync(_database);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task FirstReminder_HasTheButtons_TheSecondNone()
    {
        const long chat = 7_410_000_001;
        var booked = await BookAsync(Start, chat, "buttons.telegram@example.org");

        await DispatchAsync();
        _host.Factory.Time.SetUtcNow(Start.AddDays(-7));
        await DispatchAsync();
        _host.Factory.Time.SetUtcNow(Start.AddDays(-1));
        await DispatchAsync();

        var sent = _host.Api.CallsTo(chat).Where(c => c.Method is "sendPhoto" or "sendMessage").ToList();
        var withKeyboard = Assert.Single(sent, c => c.Body["reply_markup"] is not null);
        var rows = Assert.IsType<JsonArray>(withKeyboard.Body["reply_markup"]!["inline_keyboard"]);
        Assert.Equal(2, rows.Count);
        var yes = rows[0]![0]!;
        var cancel = rows[1]![0]!;
        Assert.Equal(AppointmentEmailComposer.Texts["Reconfirm.Button", "uk"], yes["text"]!.ToString());
        Assert.Equal("rc:" + booked.Appointment.Id.ToString("N"), yes["callback_data"]!.ToString());
        Assert.Null(yes["url"]);
        Assert.Equal(AppointmentEmailComposer.Texts["Reconfirm.CancelButton", "uk"], cancel["text"]!.ToString());
        Assert.Equal($"http://localhost/appointment/{booked.Tokens!.Manage}", cancel["url"]!.ToString());
        Assert.Null(cancel["callback_data"]);
        Assert.Contains(AppointmentEmailComposer.Texts["Reconfirm.Text", "uk"], withKeyboard.Text);
        var reminderSubject = AppointmentEmailComposer.Texts["Subject.Reminder", "uk"].Split(':')[0];
        Assert.Equal(2, sent.Count(c => c.Text.StartsWith(reminderSubject, StringComparison.Ordinal)));
        Assert.StartsWith(reminderSubject, withKeyboard.Text);
        Assert.Equal(sent.Where(c => c.Text.StartsWith(reminderSubject, StringComparison.Ordinal)).First(), withKeyboard);
    }

    [Fact]
    public async Task Press_InTheAppointmentsChat_Confirms_FromAnotherChat_DoesNothing()
    {
        const long chat = 7_410_000_002;
        const long stranger = 7_410_000_003;
        var booked = await BookAsync(Start.AddHours(1), chat, "press.telegram@example.org");
        await DispatchAsync();
        _host.Factory.Time.SetUtcNow(Start.AddDays(-7));
        await DispatchAsync();
        var data = "rc:" + booked.Appointment.Id.ToString("N");

        var foreign = await _host.Resident(stranger, "de").PostAsync(Press(stranger, data));
        var afterForeign = await ReconfirmedAtAsync(booked);
        var callsToOwnerAfterForeign = _host.Api.CallsTo(chat).Count;
        var own = await _host.Resident(chat, "uk").PostAsync(Press(chat, data));
        var again = await _host.Resident(chat, "uk").PostAsync(Press(chat, data));

        Assert.DoesNotContain(foreign, c => c.Method == "sendMessage");
        Assert.Null(afterForeign);
        Assert.Contains(_host.Api.Calls, c => c.Method == "answerCallbackQuery");
        var when = AppointmentTimes.DateAndTime(Start.AddHours(1), "uk");
        var reply = Assert.Single(own, c => c.Method == "sendMessage");
        Assert.Equal(AppointmentEmailComposer.Texts.Get("Chat.Reconfirmed", "uk", when), reply.Text);
        Assert.Equal(Start.AddDays(-7), await ReconfirmedAtAsync(booked));
        Assert.Equal(AppointmentEmailComposer.Texts.Get("Chat.Reconfirmed", "uk", when), Assert.Single(again, c => c.Method == "sendMessage").Text);
        Assert.True(callsToOwnerAfterForeign < _host.Api.CallsTo(chat).Count);
    }

    [Fact]
    public async Task Press_AfterTheAppointmentWasCancelled_SaysItCanNoLongerBeConfirmed()
    {
        const long chat = 7_410_000_004;
        var booked = await BookAsync(Start.AddMinutes(30), chat, "closed.telegram@example.org");
        await _host.Services.GetRequiredService<AppointmentChanges>().CancelAsync(
            new AppointmentProof.ReferenceAndEmail(booked.Appointment.Reference, "closed.telegram@example.org"), default);

        var calls = await _host.Resident(chat, "uk").PostAsync(Press(chat, "rc:" + booked.Appointment.Id.ToString("N")));

        Assert.Equal(AppointmentEmailComposer.Texts["Chat.ReconfirmClosed", "uk"], Assert.Single(calls, c => c.Method == "sendMessage").Text);
        Assert.Null(await ReconfirmedAtAsync(booked));
    }

    /// <summary>A press of the reminder's button as Telegram delivers it: a callback query on the message in that chat.</summary>
    private JsonObject Press(long chatId, string data) => new()
    {
        ["update_id"] = TelegramResident.NextUpdateId(),
        ["callback_query"] = new JsonObject
        {
            ["id"] = $"cb-{Guid.NewGuid():N}",
            ["from"] = new JsonObject { ["id"] = chatId, ["is_bot"] = false, ["first_name"] = "Resident" },
            ["chat_instance"] = $"ci-{chatId}",
            ["data"] = data,
            ["message"] = new JsonObject
            {
                ["message_id"] = 90_000,
                ["date"] = _host.Factory.Time.GetUtcNow().ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
                ["from"] = new JsonObject { ["id"] = TelegramApiStandIn.BotId, ["is_bot"] = true, ["first_name"] = "Termine" },
                ["caption"] = "…",
            },
        },
    };

    private async Task<BookingResult.Booked> BookAsync(DateTimeOffset start, long chat, string email)
    {
        var bookings = _host.Services.GetRequiredService<BookingService>();
        var held = Assert.IsType<HoldResult.Held>(await bookings.HoldAsync(ServiceId, start, 1, $"telegram:{chat}", default));
        var result = await bookings.ConfirmAsync(
            held.HoldId, People.Resident(email, "uk"), "telegram", chat.ToString(CultureInfo.InvariantCulture), default);
        return Assert.IsType<BookingResult.Booked>(result);
    }

    private Task<int> DispatchAsync() => _host.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);

    private async Task<DateTimeOffset?> ReconfirmedAtAsync(BookingResult.Booked booked)
    {
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.Appointments.Where(a => a.Id == booked.Appointment.Id).Select(a => a.ReconfirmedAt).SingleAsync();
    }
}
