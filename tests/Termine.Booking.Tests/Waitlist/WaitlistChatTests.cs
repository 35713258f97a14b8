using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Waitlist;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Residents;

namespace Termine.Booking.Tests.Waitlist;

/// <summary>
/// The waiting list's chat messages for an entry that joined from a chat that can be written to later: a chat row
/// beside each e-mail, composed at send time in the entry's language, the offer with its buttons; answering by button
/// works only from that chat. The residence team has one desk, so Wednesday 2 December 08:00–09:00 is full after two bookings.
/// </summary>
public sealed class WaitlistChatTests : IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";
    private const string Chat = "7430000001";
    private static readonly DateOnly Wednesday = new(2026, 12, 2);
    private static readonly DateTimeOffset Eight = new(2026, 12, 2, 8, 0, 0, TimeSpan.FromHours(1));

    private readonly TestDatabase _database = new();
    private BookingHost _host = null!;

    private static ResourceTexts T => AppointmentEmailComposer.Texts;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _host = await BookingHost.StartAsync(_database, new Dictionary<string, string?> { ["Termine:Scheduling:Desks:residence"] = "1" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("ru")]
    public async Task ChatEntry_GetsTheJoinAndTheOfferInItsChat_WithButtonsForItsOwnOffer(string language)
    {
        var joined = await JoinAndOfferAsync(language);
        var offer = Assert.Single(await OffersAsync());
        var rows = await OutboxAsync();

        Assert.Equal(2, rows.Count(r => r.Channel == OutboxMessage.EmailChannel && r.WaitlistEntryId != null));
        var joinChat = await ComposeChatAsync(rows.Single(r => r.Channel == "telegram" && r.Kind == MessageKind.WaitlistJoined));
        var offerChat = await ComposeChatAsync(rows.Single(r => r.Channel == "telegram" && r.Kind == MessageKind.WaitlistOffer));

        Assert.Equal(Chat, joinChat.Address);
        Assert.Contains(Bidi.Ltr(joined.Reference, language), joinChat.Text);
        Assert.Null(joinChat.Buttons);
        Assert.Equal(Chat, offerChat.Address);
        Assert.Contains(AppointmentTimes.DateAndTime(Eight, language), offerChat.Text);
        Assert.Contains(T["Documents.Heading", language], offerChat.Text);
        Assert.Equal(
            [
                new ChatButton(T["Waitlist.Offer.Accept", language], null, null, new OfferAnswer(offer.Id, true)),
                new ChatButton(T["Waitlist.Offer.Decline", language], null, null, new OfferAnswer(offer.Id, false)),
                new ChatButton(T["Waitlist.Chat.OpenOffer", language], null, $"http://localhost:5000/offer/{WaitlistTokens.Offer(_host.Get<TokenKey>(), offer.Id)}"),
            ],
            offerChat.Buttons!);
    }

    [Fact]
    public async Task EntryWithoutAChat_GetsEmailsOnly()
    {
        await FillAsync();
        await _host.Get<WaitlistEntries>().JoinAsync(Wish("mail-only@example.org", "de", null), default);

        Assert.All(await OutboxAsync(), r => Assert.Equal(OutboxMessage.EmailChannel, r.Channel));
    }

    [Fact]
    public async Task AnswerInChat_FromAnotherChat_FindsNothing_FromItsOwnChat_Books()
    {
        await JoinAndOfferAsync("de");
        var offer = Assert.Single(await OffersAsync());
        var offers = _host.Get<WaitlistOffers>();

        var foreign = await offers.AnswerInChatAsync("telegram", "7430000999", new OfferAnswer(offer.Id, true), default);
        var otherChannel = await offers.AnswerInChatAsync("msteams", Chat, new OfferAnswer(offer.Id, true), default);
        var own = await offers.AnswerInChatAsync("telegram", Chat, new OfferAnswer(offer.Id, true), default);

        Assert.IsType<OfferResult.NotFound>(foreign);
        Assert.IsType<OfferResult.NotFound>(otherChannel);
        var booked = Assert.IsType<OfferResult.Booked>(own);
        Assert.Equal(Eight, booked.Booking.Appointment.Start);
        Assert.IsType<OfferResult.Gone>(await offers.AnswerInChatAsync("telegram", Chat, new OfferAnswer(offer.Id, false), default));
    }

    [Fact]
    public async Task ChatOfferRow_OfAnOfferThatRanOut_IsWithdrawnUnsent()
    {
        await JoinAndOfferAsync("tr");
        var offer = Assert.Single(await OffersAsync());
        _host.Time.SetUtcNow(offer.ExpiresAt);

        var row = (await OutboxAsync()).Single(r => r.Channel == "telegram" && r.Kind == MessageKind.WaitlistOffer);
        var composed = await _host.Get<OutboxComposer>().ComposeAsync(row, null, default);

        Assert.IsType<ComposedMessage.Withdrawn>(composed);
    }

    private async Task<JoinResult.Joined> JoinAndOfferAsync(string language)
    {
        var (eight, _) = await FillAsync();
        var joined = Assert.IsType<JoinResult.Joined>(await _host.Get<WaitlistEntries>().JoinAsync(Wish($"chat-{language}@example.org", language, Chat), default));
        Assert.IsType<CancelResult.Cancelled>(await _host.Get<AppointmentChanges>().CancelAsync(
            new AppointmentProof.ReferenceAndEmail(eight.Reference, "booked0@example.org"), default));
        Assert.Equal(1, await _host.Get<WaitlistOffers>().SweepAsync(default));
        return joined;
    }

    private static JoinRequest Wish(string email, string language, string? chat) => new(
        ServiceId, 1, People.Resident(email, language), Wednesday, Wednesday, null, new TimeOnly(8, 0), new TimeOnly(9, 0), null,
        chat is null ? "api" : "telegram", chat);

    private async Task<(BookedAppointment Eight, BookedAppointment HalfPast)> FillAsync()
    {
        var bookings = _host.Get<BookingService>();
        var first = await bookings.BookAsync(new BookingRequest(ServiceId, Eight, 1, People.Resident("booked0@example.org")), "c0", null, default);
        var second = await bookings.BookAsync(new BookingRequest(ServiceId, Eight.AddMinutes(30), 1, People.Resident("booked1@example.org")), "c1", null, default);
        return (Assert.IsType<BookingResult.Booked>(first).Appointment, Assert.IsType<BookingResult.Booked>(second).Appointment);
    }

    private async Task<ChatMessage> ComposeChatAsync(OutboxMessage row) =>
        Assert.IsType<ComposedMessage.Chat>(await _host.Get<OutboxComposer>().ComposeAsync(row, null, default)).Message;

    private async Task<List<WaitlistOffer>> OffersAsync()
    {
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.WaitlistOffers.AsNoTracking().ToListAsync();
    }

    private async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking().ToListAsync();
    }
}
