using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Waitlist;
using Termine.Testing.Databases;
using Termine.Testing.Residents;

namespace Termine.Bot.Tests.Telegram;

/// <summary>
/// A resident who joined the waiting list from Telegram hears of it there too: the join in short, and an offer with
/// "accept" and "decline" (callback data that acts only for that chat's own offer) and a link to the offer's page. The
/// residence team has one desk, so Wednesday 2 December 08:00–09:00 (two slots) is full after two bookings.
/// </summary>
public sealed class TelegramWaitlistOfferTests : IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";
    private static readonly DateOnly Wednesday = new(2026, 12, 2);
    private static readonly DateTimeOffset Eight = new(2026, 12, 2, 8, 0, 0, TimeSpan.FromHours(1));

    // A database per test: every test starts from an empty list and an empty calendar.
    private readonly TestDatabase _database = new();
    private TelegramHost _host = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _host = await TelegramHost.StartAsync(
            _database,
            settings: new Dictionary<string, string?> { ["Termine:Scheduling:Desks:residence"] = "1" },
            configureServices: services => services.Remove(services.Single(d => d.ImplementationType == typeof(WaitlistWorker))));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static ResourceTexts Texts => AppointmentEmailComposer.Texts;

    [Theory]
    [InlineData("de", 7_420_000_001)]
    [InlineData("ar", 7_420_000_002)]
    [InlineData("uk", 7_420_000_003)]
    public async Task Offer_ReachesTheChat_WithAcceptDeclineAndThePage_InTheEntrysLanguage(string language, long chat)
    {
        var joined = await JoinFromChatAsync(chat, language);
        await DispatchAsync();
        var offer = await OfferTheFreedSlotAsync();
        await DispatchAsync();

        var calls = _host.Api.CallsTo(chat).Where(c => c.Method == "sendMessage").ToList();
        Assert.Equal(2, calls.Count);
        Assert.Contains(Bidi.Ltr(joined.Reference, language), calls[0].Text);
        Assert.Contains(Texts["Waitlist.Chat.JoinedIntro", language], calls[0].Text);
        Assert.Empty(calls[0].Buttons);
        var message = calls[1];
        Assert.StartsWith(Texts.Get("Waitlist.Offer.Subject", language, AppointmentTimes.DateAndTime(Eight, language)), message.Text);
        Assert.Contains(Texts["Waitlist.Chat.OfferExplain", language], message.Text);
        Assert.Contains(Texts["Documents.Heading", language], message.Text);
        var id = offer.Id.ToString("N", CultureInfo.InvariantCulture);
        Assert.Equal(
            [
                (Texts["Waitlist.Offer.Accept", language], "wa:" + id),
                (Texts["Waitlist.Offer.Decline", language], "wd:" + id),
                (Texts["Waitlist.Chat.OpenOffer", language], $"http://localhost/offer/{WaitlistTokens.Offer(_host.Services.GetRequiredService<TokenKey>(), offer.Id)}"),
            ],
            message.Buttons);
        // The e-mails went out as well.
        var outbox = await OutboxAsync();
        Assert.Equal(2, outbox.Count(m => m.Channel == OutboxMessage.EmailChannel && m.WaitlistEntryId != null && m.Status == OutboxStatus.Sent));
    }

    [Fact]
    public async Task Accept_ByTheButton_Books_AnswersWithTheReference_AndSendsTheConfirmation()
    {
        const long chat = 7_420_000_010;
        var resident = _host.Resident(chat, "en");
        await JoinFromChatAsync(chat, "en");
        var offer = await OfferTheFreedSlotAsync();
        await DispatchAsync();

        var calls = await resident.PostAsync(Press(chat, "wa:" + offer.Id.ToString("N")));
        await DispatchAsync();

        var booked = await AppointmentAsync(offer.AppointmentId);
        Assert.Equal(AppointmentStatus.Booked, booked.Status);
        Assert.Equal(chat.ToString(CultureInfo.InvariantCulture), booked.ChannelAddress);
        Assert.Contains(_host.Api.Calls, c => c.Method == "answerCallbackQuery");
        var reply = Assert.Single(calls, c => c.Method == "sendMessage");
        Assert.Equal(Texts.Get("Waitlist.Chat.Booked", "en", AppointmentTimes.DateAndTime(Eight, "en"), booked.Reference!), reply.Text);
        var outbox = await OutboxAsync();
        Assert.Contains(outbox, m => m.AppointmentId == booked.Id && m.Kind == MessageKind.Confirmation
            && m.Channel == OutboxMessage.EmailChannel && m.Status == OutboxStatus.Sent);
        // The booking's chat confirmation: the check-in QR code with the reference, as for any booking made in Telegram.
        Assert.Contains(_host.Api.CallsTo(chat), c => c.Method == "sendPhoto" && c.Text.Contains(booked.Reference!, StringComparison.Ordinal));
        Assert.Equal(OfferOutcome.Accepted, (await OfferAsync(offer.Id)).Outcome);
    }

    [Fact]
    public async Task Decline_ByTheButton_PassesTheSlotOn()
    {
        const long chat = 7_420_000_020;
        await JoinFromChatAsync(chat, "fr");
        await JoinAsync(new JoinRequest(ServiceId, 1, People.Resident("next@example.org"), Wednesday, Wednesday, null, new TimeOnly(8, 0), new TimeOnly(9, 0), null));
        var offer = await OfferTheFreedSlotAsync();

        var calls = await _host.Resident(chat, "fr").PostAsync(Press(chat, "wd:" + offer.Id.ToString("N")));
        await _host.Services.GetRequiredService<WaitlistOffers>().SweepAsync(default);

        Assert.Equal(Texts["Waitlist.Chat.Declined", "fr"], Assert.Single(calls, c => c.Method == "sendMessage").Text);
        Assert.Equal(OfferOutcome.Declined, (await OfferAsync(offer.Id)).Outcome);
        var next = Assert.Single(await OffersAsync(), o => o.Outcome == OfferOutcome.Open);
        Assert.Equal(Eight, next.SlotStart);
        Assert.NotEqual(offer.EntryId, next.EntryId);
    }

    [Fact]
    public async Task Press_FromAnotherChat_DoesNothing()
    {
        const long chat = 7_420_000_030;
        const long stranger = 7_420_000_031;
        await JoinFromChatAsync(chat, "de");
        var offer = await OfferTheFreedSlotAsync();

        var accept = await _host.Resident(stranger, "de").PostAsync(Press(stranger, "wa:" + offer.Id.ToString("N")));
        var decline = await _host.Resident(stranger, "de").PostAsync(Press(stranger, "wd:" + offer.Id.ToString("N")));

        Assert.DoesNotContain(accept.Concat(decline), c => c.Method == "sendMessage");
        Assert.Equal(OfferOutcome.Open, (await OfferAsync(offer.Id)).Outcome);
        Assert.Equal(AppointmentStatus.Held, (await AppointmentAsync(offer.AppointmentId)).Status);
        Assert.Contains(_host.Logs.Lines, l => l.Contains("not its entry's chat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Press_AfterTheOfferExpired_SaysItIsNoLongerValid()
    {
        const long chat = 7_420_000_040;
        await JoinFromChatAsync(chat, "tr");
        var offer = await OfferTheFreedSlotAsync();
        _host.Factory.Time.SetUtcNow(offer.ExpiresAt.AddMinutes(1));

        var calls = await _host.Resident(chat, "tr").PostAsync(Press(chat, "wa:" + offer.Id.ToString("N")));

        Assert.Equal(Texts["Waitlist.Chat.Gone", "tr"], Assert.Single(calls, c => c.Method == "sendMessage").Text);
        Assert.NotEqual(AppointmentStatus.Booked, (await AppointmentAsync(offer.AppointmentId)).Status);
    }

    [Fact]
    public async Task OfferRow_OfAnOfferClosedBeforeSending_IsWithdrawnUnsent()
    {
        const long chat = 7_420_000_050;
        await JoinFromChatAsync(chat, "ru");
        await DispatchAsync();
        var offer = await OfferTheFreedSlotAsync();
        var declined = await _host.Services.GetRequiredService<WaitlistOffers>().DeclineAsync(
            WaitlistTokens.Offer(_host.Services.GetRequiredService<TokenKey>(), offer.Id), default);
        var before = _host.Api.CallsTo(chat).Count;

        await DispatchAsync();

        Assert.IsType<OfferResult.Declined>(declined);
        Assert.Equal(before, _host.Api.CallsTo(chat).Count);
        var rows = (await OutboxAsync()).Where(m => m.Kind == MessageKind.WaitlistOffer).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Withdrawn, r.Status));
        Assert.Contains(rows, r => r.Channel == "telegram");
    }

    /// <summary>A press of a button as Telegram delivers it: a callback query on the bot's message in that chat.</summary>
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
                ["message_id"] = 91_000,
                ["date"] = _host.Factory.Time.GetUtcNow().ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
                ["from"] = new JsonObject { ["id"] = TelegramApiStandIn.BotId, ["is_bot"] = true, ["first_name"] = "Termine" },
                ["text"] = "…",
            },
        },
    };

    /// <summary>Fills Wednesday 08:00–09:00, then the resident joins from their Telegram chat.</summary>
    private async Task<JoinResult.Joined> JoinFromChatAsync(long chat, string language)
    {
        var bookings = _host.Services.GetRequiredService<BookingService>();
        foreach (var (start, n) in new[] { (Eight, 0), (Eight.AddMinutes(30), 1) })
        {
            Assert.IsType<BookingResult.Booked>(await bookings.BookAsync(
                new BookingRequest(ServiceId, start, 1, People.Resident($"booked{n}@example.org")), $"c{n}", null, default));
        }

        var email = $"chat-{chat}@example.org";
        return await JoinAsync(new JoinRequest(
            ServiceId, 1, People.Resident(email, language), Wednesday, Wednesday, null, new TimeOnly(8, 0), new TimeOnly(9, 0), null,
            "telegram", chat.ToString(CultureInfo.InvariantCulture)));
    }

    private async Task<JoinResult.Joined> JoinAsync(JoinRequest request)
    {
        var joined = Assert.IsType<JoinResult.Joined>(await _host.Services.GetRequiredService<WaitlistEntries>().JoinAsync(request, default));
        // Later joiners come later, also on a fast machine.
        _host.Factory.Time.Advance(TimeSpan.FromSeconds(1));
        return joined;
    }

    /// <summary>Cancels 08:00 and sweeps: the first waiting resident gets it.</summary>
    private async Task<WaitlistOffer> OfferTheFreedSlotAsync()
    {
        Assert.IsType<CancelResult.Cancelled>(await _host.Services.GetRequiredService<AppointmentChanges>().CancelAsync(
            new AppointmentProof.ReferenceAndEmail((await BookedAtEightAsync()).Reference!, "booked0@example.org"), default));
        Assert.Equal(1, await _host.Services.GetRequiredService<WaitlistOffers>().SweepAsync(default));
        return Assert.Single(await OffersAsync());
    }

    private Task<int> DispatchAsync() => _host.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);

    private async Task<Appointment> BookedAtEightAsync()
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.Appointments.AsNoTracking().SingleAsync(a => a.Email == "booked0@example.org");
    }

    private async Task<Appointment> AppointmentAsync(Guid id)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.Appointments.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    private async Task<WaitlistOffer> OfferAsync(Guid id) => (await OffersAsync()).Single(o => o.Id == id);

    private async Task<List<WaitlistOffer>> OffersAsync()
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.WaitlistOffers.AsNoTracking().ToListAsync();
    }

    private async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking().ToListAsync();
    }

    private IDbContextFactory<BookingDbContext> Contexts() => _host.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>();
}
