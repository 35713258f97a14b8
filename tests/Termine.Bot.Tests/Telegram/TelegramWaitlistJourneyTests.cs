using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Waitlist;
using Termine.Bot.Dialogs;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Residents;

namespace Termine.Bot.Tests.Telegram;

/// <summary>
/// The waiting list from end to end in Telegram, in Russian and Arabic: the resident writes to the bot (updates posted
/// to the webhook as Telegram posts them, the bot's answers read from the Bot API stand-in), asks for a day with
/// nothing free, takes the waiting list the bot offers, gives the missing details and joins; a fitting appointment is
/// cancelled, the sweep (what the worker runs) offers it, the offer arrives in the chat with "accept" and "decline"
/// and by e-mail; "accept" books it and the confirmation follows, in the chat and by e-mail. Every day up to the
/// horizon is a closing day except Wednesday 2 December, open 08:00–09:00 with one desk: two bookings fill it.
/// </summary>
public sealed class TelegramWaitlistJourneyTests : IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";
    private static readonly DateOnly Wednesday = new(2026, 12, 2);
    private static readonly DateTimeOffset Eight = new(2026, 12, 2, 8, 0, 0, TimeSpan.FromHours(1));

    private readonly TestDatabase _database = new();
    private TelegramHost _host = null!;

    private static ResourceTexts Mail => AppointmentEmailComposer.Texts;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Termine:Scheduling:Desks:residence"] = "1",
            ["Termine:Scheduling:OpeningHours:Wednesday:0:To"] = "09:00",
        };
        var today = DateOnly.FromDateTime(BookingHost.DefaultNow.UtcDateTime);
        var closed = 0;
        for (var day = today; day < today.AddDays(110); day = day.AddDays(1))
        {
            if (day != Wednesday)
            {
                settings[$"Termine:Scheduling:ClosingDays:{closed}:Date"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                settings[$"Termine:Scheduling:ClosingDays:{closed++}:Reason"] = "Umzug";
            }
        }

        // The test sweeps itself, after the cancellation, as the worker would when woken.
        _host = await TelegramHost.StartAsync(
            _database, settings: settings,
            configureServices: services => services.Remove(services.Single(d => d.ImplementationType == typeof(WaitlistWorker))));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData("ru", 7_421_000_001, "здравствуйте мне надо продлить вид на жительство", "2 декабря", "Ольга Петрова")]
    [InlineData("ar", 7_421_000_002, "مرحبا بدي تمديد تصريح الاقامة", "٢ ديسمبر", "أمينة حداد")]
    public async Task NothingFree_JoinInTelegram_TheFreedSlotIsOfferedThere_AcceptBooks_AndTheConfirmationArrives(
        string language, long chat, string opening, string day, string name)
    {
        var email = $"telegram-waitlist-{language}@example.org";
        await FillWednesdayAsync();
        var resident = _host.Resident(chat, language);

        // Asks for a day with nothing free; the bot says so and offers the waiting list with a button.
        await resident.SayAsync(opening);
        await resident.PressAsync(0);
        await resident.SayAsync(day);
        Assert.Equal(DialogTexts.Texts["Waitlist.Offer", language], resident.LastKeyboard?.Text);
        await resident.PressAsync(buttons => buttons.Single(b => b.Text == DialogTexts.Texts["Waitlist.Join", language]));

        // The service, persons and the day are known: only the person is asked for, then the permit's expiry.
        await resident.SayAsync(name);
        await resident.SayAsync("17.05.1990");
        await resident.SayAsync(email);
        await resident.PressAsync(buttons => buttons.Single(b => b.Text == DialogTexts.Texts["Waitlist.Skip", language]));
        Assert.Contains(name, resident.LastKeyboard!.Text, StringComparison.Ordinal);
        var joined = await resident.PressAsync(buttons => buttons.Single(b => b.Text == DialogTexts.Texts["Yes", language]));

        var entry = await EntryAsync(email);
        Assert.Equal(WaitlistEntryState.Waiting, entry.State);
        Assert.Equal(("telegram", chat.ToString(CultureInfo.InvariantCulture)), (entry.Channel, entry.ChannelAddress));
        Assert.Equal((Wednesday, Wednesday, language), (entry.From, entry.To, entry.Language));
        Assert.Contains(joined, c => c.Method == "sendMessage" && c.Text.Contains(Bidi.Ltr(entry.Reference, language), StringComparison.Ordinal));
        await DispatchAsync();
        Assert.Contains(await OutboxAsync(), m => m.WaitlistEntryId == entry.Id && m.Kind == MessageKind.WaitlistJoined
            && m.Channel == OutboxMessage.EmailChannel && m.Status == OutboxStatus.Sent);

        // 08:00 is cancelled; the sweep offers it to the resident, in the chat and by e-mail.
        Assert.IsType<CancelResult.Cancelled>(await _host.Services.GetRequiredService<AppointmentChanges>().CancelAsync(
            new AppointmentProof.ReferenceAndEmail(await ReferenceOfAsync("booked0@example.org"), "booked0@example.org"), default));
        Assert.Equal(1, await _host.Services.GetRequiredService<WaitlistOffers>().SweepAsync(default));
        await DispatchAsync();

        var offer = Assert.Single(await OffersAsync(entry.Id));
        Assert.Equal(Eight, offer.SlotStart);
        var message = _host.Api.CallsTo(chat).Last(c => c.Method == "sendMessage");
        Assert.StartsWith(Mail.Get("Waitlist.Offer.Subject", language, AppointmentTimes.DateAndTime(Eight, language)), message.Text);
        var id = offer.Id.ToString("N", CultureInfo.InvariantCulture);
        Assert.Contains((Mail["Waitlist.Offer.Accept", language], "wa:" + id), message.Buttons);
        Assert.Contains((Mail["Waitlist.Offer.Decline", language], "wd:" + id), message.Buttons);
        Assert.Contains(await OutboxAsync(), m => m.WaitlistEntryId == entry.Id && m.Kind == MessageKind.WaitlistOffer
            && m.Channel == OutboxMessage.EmailChannel && m.Status == OutboxStatus.Sent);

        // "Accept" in the chat books the slot; the answer names the reference, the confirmation follows.
        var accepted = await resident.PostAsync(Press(chat, message, "wa:" + id));
        await DispatchAsync();

        var booked = await AppointmentAsync(offer.AppointmentId);
        Assert.Equal(AppointmentStatus.Booked, booked.Status);
        Assert.Equal((Eight, email, language, "telegram"), (booked.Start, booked.Email, booked.Language, booked.Channel));
        Assert.Equal(WaitlistEntryState.Booked, (await EntryAsync(email)).State);
        var reply = Assert.Single(accepted, c => c.Method == "sendMessage");
        Assert.Equal(Mail.Get("Waitlist.Chat.Booked", language, AppointmentTimes.DateAndTime(Eight, language), Bidi.Ltr(booked.Reference!, language)), reply.Text);
        Assert.Contains(await OutboxAsync(), m => m.AppointmentId == booked.Id && m.Kind == MessageKind.Confirmation
            && m.Channel == OutboxMessage.EmailChannel && m.Status == OutboxStatus.Sent);
        Assert.Contains(_host.Api.CallsTo(chat), c => c.Method == "sendPhoto" && c.Text.Contains(booked.Reference!, StringComparison.Ordinal));
    }

    /// <summary>A press of a button on <paramref name="message"/>, as Telegram delivers it: a callback query in that chat.</summary>
    private JsonObject Press(long chatId, TelegramCall message, string data) => new()
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
                ["message_id"] = 92_000,
                ["date"] = _host.Factory.Time.GetUtcNow().ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
                ["from"] = new JsonObject { ["id"] = TelegramApiStandIn.BotId, ["is_bot"] = true, ["first_name"] = "Termine" },
                ["text"] = message.Text,
                ["reply_markup"] = message.Body["reply_markup"]!.DeepClone(),
            },
        },
    };

    /// <summary>Books Wednesday 08:00 and 08:30: the whole day on the one desk.</summary>
    private async Task FillWednesdayAsync()
    {
        var bookings = _host.Services.GetRequiredService<BookingService>();
        foreach (var (start, n) in new[] { (Eight, 0), (Eight.AddMinutes(30), 1) })
        {
            Assert.IsType<BookingResult.Booked>(await bookings.BookAsync(
                new BookingRequest(ServiceId, start, 1, People.Resident($"booked{n}@example.org")), $"c{n}", null, default));
        }
    }

    private Task<int> DispatchAsync() => _host.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);

    private async Task<string> ReferenceOfAsync(string email)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return (await db.Appointments.AsNoTracking().SingleAsync(a => a.Email == email)).Reference!;
    }

    private async Task<WaitlistEntry> EntryAsync(string email)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.WaitlistEntries.AsNoTracking().SingleAsync(e => e.Email == email);
    }

    private async Task<Appointment> AppointmentAsync(Guid id)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.Appointments.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    private async Task<List<WaitlistOffer>> OffersAsync(Guid entryId)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.WaitlistOffers.AsNoTracking().Where(o => o.EntryId == entryId).ToListAsync();
    }

    private async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking().ToListAsync();
    }

    private IDbContextFactory<BookingDbContext> Contexts() => _host.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>();
}
