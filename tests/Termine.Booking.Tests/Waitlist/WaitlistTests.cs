using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Retention;
using Termine.Booking.Scheduling;
using Termine.Booking.Waitlist;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Residents;

namespace Termine.Booking.Tests.Waitlist;

/// <summary>
/// The waiting list against a real database with a clock the test controls. The residence team has one desk here, so
/// Wednesday 2 December 08:00–09:00 (two slots) is full after two bookings; every resident waits for that hour.
/// </summary>
public sealed class WaitlistTests : IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";
    private static readonly DateOnly Wednesday = new(2026, 12, 2);
    private static readonly DateTimeOffset Eight = new(2026, 12, 2, 8, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset HalfPastEight = Eight.AddMinutes(30);

    // A database per test: every test starts from an empty list and an empty calendar.
    private readonly TestDatabase _database = new();
    private BookingHost _host = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _host = await StartHostAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    private Task<BookingHost> StartHostAsync() =>
        BookingHost.StartAsync(_database, new Dictionary<string, string?> { ["Termine:Scheduling:Desks:residence"] = "1" });

    private WaitlistEntries Entries => _host.Get<WaitlistEntries>();

    private WaitlistOffers Offers => _host.Get<WaitlistOffers>();

    [Fact]
    public async Task Join_WhileFittingSlotsAreFree_NamesThemAndDoesNotJoin()
    {
        var result = await Entries.JoinAsync(Wish("free@example.org"), default);

        var free = Assert.IsType<JoinResult.SlotsFree>(result);
        Assert.Equal([Eight, HalfPastEight], free.Slots.Select(s => s.Start));
        Assert.Empty(await EntriesAsync());
    }

    [Fact]
    public async Task Join_WhenFull_GivesAWaitingReferenceAndWritesTheJoinEmail_AndASecondJoinIsRefused()
    {
        await FillAsync();

        var joined = Assert.IsType<JoinResult.Joined>(await Entries.JoinAsync(Wish("Wait@Example.org"), default));
        var again = await Entries.JoinAsync(Wish("wait@example.org"), default);

        Assert.Matches("^W-[A-Z3-9]{4}-[A-Z3-9]{4}$", joined.Reference);
        Assert.Null(ReferenceGenerator.Normalize(joined.Reference));
        Assert.Equal(joined.Reference, WaitingReference.Normalize(joined.Reference.ToLowerInvariant().Replace("-", " ")));
        Assert.IsType<JoinResult.AlreadyWaiting>(again);
        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal("wait@example.org", entry.Email);
        var message = Assert.Single(await OutboxAsync(), m => m.Kind == MessageKind.WaitlistJoined);
        Assert.Equal(entry.Id, message.WaitlistEntryId);
        Assert.Null(message.AppointmentId);
    }

    [Fact]
    public async Task Join_InvalidFields_AreNamedByTheBookingsOwnRules()
    {
        var result = await Entries.JoinAsync(Wish("not-an-address") with
        {
            ServiceId = "no-such-service",
            Persons = 0,
            From = Wednesday.AddDays(-10),
            NotBefore = new TimeOnly(10, 0),
            NotAfter = new TimeOnly(9, 0),
        }, default);

        var invalid = Assert.IsType<JoinResult.Invalid>(result);
        Assert.Equal(["email", "from", "notAfter", "persons", "serviceId"], invalid.Errors.Select(e => e.Field).Order());
    }

    [Fact]
    public async Task Cancellation_OffersTheSlotToTheMostUrgentFittingResident_AndHoldsIt()
    {
        var (eight, _) = await FillAsync();
        await JoinAsync("thursdays@example.org", w => w with { Weekdays = new HashSet<DayOfWeek> { DayOfWeek.Thursday } });
        await JoinAsync("first@example.org");
        await JoinAsync("family@example.org", w => w with { Persons = 3 });
        await JoinAsync("afternoon@example.org", w => w with { NotBefore = new TimeOnly(13, 0), NotAfter = null });
        await JoinAsync("later@example.org", w => w with { PermitExpires = Wednesday.AddDays(30) });
        await JoinAsync("relaxed@example.org", w => w with { PermitExpires = Wednesday.AddDays(200) });

        await CancelAsync(eight, "booked0@example.org");
        var made = await Offers.SweepAsync(default);

        Assert.Equal(1, made);
        var offer = Assert.Single(await OffersAsync());
        Assert.Equal("later@example.org", (await EntryOfAsync(offer)).Email);
        Assert.Equal(Eight, offer.SlotStart);
        // The slot is eight days away: the ordinary hold.
        Assert.Equal(_host.Time.GetUtcNow() + TimeSpan.FromHours(24), offer.ExpiresAt);
        Assert.DoesNotContain(await FreeAsync(), s => s.Start == Eight);
        Assert.Single(await OutboxAsync(), m => m.Kind == MessageKind.WaitlistOffer && m.AppointmentId == offer.AppointmentId);
        Assert.Equal(0, await Offers.SweepAsync(default));
    }

    [Fact]
    public async Task Decline_PassesTheSlotToTheNextResident_AndNeverOffersItAgainToWhoDeclined()
    {
        var (eight, _) = await FillAsync();
        await JoinAsync("one@example.org");
        await JoinAsync("two@example.org");
        await CancelAsync(eight, "booked0@example.org");
        await Offers.SweepAsync(default);
        var first = Assert.Single(await OffersAsync());

        var declined = await Offers.DeclineAsync(TokenOf(first), default);
        await Offers.SweepAsync(default);

        Assert.IsType<OfferResult.Declined>(declined);
        var offers = await OffersAsync();
        Assert.Equal(OfferOutcome.Declined, offers.Single(o => o.Id == first.Id).Outcome);
        var second = Assert.Single(offers, o => o.Outcome == OfferOutcome.Open);
        Assert.Equal("two@example.org", (await EntryOfAsync(second)).Email);
        Assert.Equal(WaitlistEntryState.Waiting, (await EntryOfAsync(first)).State);
        Assert.IsType<OfferResult.Gone>(await Offers.DeclineAsync(TokenOf(first), default));
    }

    [Fact]
    public async Task Expiry_PassesTheSlotOn_AndAcceptingAfterwardsIsGone()
    {
        var (eight, _) = await FillAsync();
        await JoinAsync("slow@example.org");
        await JoinAsync("quick@example.org");
        await CancelAsync(eight, "booked0@example.org");
        // The day before: a slot this soon is held only briefly.
        _host.Time.SetUtcNow(Eight.AddHours(-23));
        await Offers.SweepAsync(default);
        var slow = Assert.Single(await OffersAsync());
        Assert.Equal(_host.Time.GetUtcNow() + TimeSpan.FromHours(2), slow.ExpiresAt);

        _host.Time.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        var accepted = await Offers.AcceptAsync(TokenOf(slow), default);
        await Offers.SweepAsync(default);

        Assert.IsType<OfferResult.Gone>(accepted);
        var offers = await OffersAsync();
        Assert.Equal(OfferOutcome.Expired, offers.Single(o => o.Id == slow.Id).Outcome);
        var quick = Assert.Single(offers, o => o.Outcome == OfferOutcome.Open);
        Assert.Equal("quick@example.org", (await EntryOfAsync(quick)).Email);
        Assert.Equal(Eight, quick.SlotStart);
        Assert.IsType<OfferResult.Gone>(await Offers.AcceptAsync(TokenOf(slow), default));
    }

    [Fact]
    public async Task Accept_BooksWithTheEntrysData_SendsTheConfirmation_AndTheEntryLeavesTheList()
    {
        var (eight, _) = await FillAsync();
        await JoinAsync("accept@example.org", w => w with { Person = People.Resident("accept@example.org", "uk") });
        await CancelAsync(eight, "booked0@example.org");
        await Offers.SweepAsync(default);
        var offer = Assert.Single(await OffersAsync());

        var result = await Offers.AcceptAsync(TokenOf(offer), default);

        var booked = Assert.IsType<OfferResult.Booked>(result).Booking.Appointment;
        Assert.Equal(Eight, booked.Start);
        Assert.Equal("uk", booked.Language);
        Assert.Equal(AppointmentStatus.Booked, booked.Status);
        Assert.Equal(OfferOutcome.Accepted, Assert.Single(await OffersAsync()).Outcome);
        Assert.Equal(WaitlistEntryState.Booked, Assert.Single(await EntriesAsync()).State);
        Assert.Single(await OutboxAsync(), m => m.AppointmentId == booked.Id && m.Kind == MessageKind.Confirmation);
        Assert.IsType<OfferResult.Gone>(await Offers.AcceptAsync(TokenOf(offer), default));
        Assert.Equal(0, await Offers.SweepAsync(default));
    }

    [Fact]
    public async Task DirectBooking_OfTheSameServiceWithTheSameAddress_RemovesTheEntryAndLetsItsOfferGo()
    {
        var (eight, _) = await FillAsync();
        await JoinAsync("direct@example.org");
        await JoinAsync("next@example.org");
        await CancelAsync(eight, "booked0@example.org");
        await Offers.SweepAsync(default);
        var offer = Assert.Single(await OffersAsync());

        var direct = await _host.Get<BookingService>().BookAsync(
            new BookingRequest(ServiceId, Eight.AddDays(7), 1, People.Resident("direct@example.org")), "c", null, default);
        await Offers.SweepAsync(default);

        Assert.IsType<BookingResult.Booked>(direct);
        var entries = await EntriesAsync();
        Assert.Equal(WaitlistEntryState.Booked, entries.Single(e => e.Email == "direct@example.org").State);
        var offers = await OffersAsync();
        Assert.Equal(OfferOutcome.Withdrawn, offers.Single(o => o.Id == offer.Id).Outcome);
        Assert.Equal("next@example.org", (await EntryOfAsync(Assert.Single(offers, o => o.Outcome == OfferOutcome.Open))).Email);
    }

    [Fact]
    public async Task Leave_WithReferenceAndEmail_ClosesTheEntryAndFreesItsHeldSlot()
    {
        var (eight, _) = await FillAsync();
        var joined = await JoinAsync("leave@example.org");
        await CancelAsync(eight, "booked0@example.org");
        await Offers.SweepAsync(default);

        Assert.False(await Entries.LeaveAsync(joined.Reference, "someone@example.org", default));
        Assert.True(await Entries.LeaveAsync(joined.Reference.ToLowerInvariant(), "LEAVE@example.org", default));

        Assert.Equal(WaitlistEntryState.Left, Assert.Single(await EntriesAsync()).State);
        Assert.Equal(OfferOutcome.Withdrawn, Assert.Single(await OffersAsync()).Outcome);
        Assert.Contains(await FreeAsync(), s => s.Start == Eight);
        Assert.False(await Entries.LeaveAsync(joined.Reference, "leave@example.org", default));
    }

    [Fact]
    public async Task TwoHostsSweepingAtOnce_NeverOfferOneSlotTwice()
    {
        var (eight, _) = await FillAsync();
        for (var i = 0; i < 6; i++)
        {
            await JoinAsync($"race{i}@example.org");
        }

        await CancelAsync(eight, "booked0@example.org");
        await using var second = await StartHostAsync();
        second.Time.SetUtcNow(_host.Time.GetUtcNow());
        var sweeps = Enumerable.Range(0, 4).Select(i => (i % 2 == 0 ? _host : second).Get<WaitlistOffers>().SweepAsync(default));

        var made = (await Task.WhenAll(sweeps)).Sum();

        Assert.Equal(1, made);
        var offer = Assert.Single(await OffersAsync());
        Assert.Equal("race0@example.org", (await EntryOfAsync(offer)).Email);
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        Assert.Equal(2, await db.SlotClaims.CountAsync(c => c.UnitStart == Eight.ToUniversalTime() || c.UnitStart == Eight.AddMinutes(15).ToUniversalTime()));
        Assert.Equal(1, await db.Appointments.CountAsync(a => a.Status == AppointmentStatus.Held));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("tr")]
    [InlineData("ar")]
    [InlineData("ru")]
    [InlineData("uk")]
    public async Task OfferEmail_InTheResidentsLanguage_CarriesTheOfferLink_AndTheJoinEmailTheLeaveLink(string language)
    {
        var (eight, _) = await FillAsync();
        var joined = await JoinAsync($"mail-{language}@example.org", w => w with { Person = People.Resident($"mail-{language}@example.org", language) });
        await CancelAsync(eight, "booked0@example.org");
        await Offers.SweepAsync(default);
        var offer = Assert.Single(await OffersAsync());
        var outbox = await OutboxAsync();

        var offerMail = await ComposeAsync(outbox.Single(m => m.Kind == MessageKind.WaitlistOffer));
        var joinMail = await ComposeAsync(outbox.Single(m => m.Kind == MessageKind.WaitlistJoined));

        var url = $"http://localhost:5000/offer/{TokenOf(offer)}";
        Assert.Contains(url, offerMail.TextBody);
        Assert.Contains($"href=\"{url}#accept\"", offerMail.HtmlBody);
        Assert.Contains($"href=\"{url}#decline\"", offerMail.HtmlBody);
        Assert.Contains(AppointmentEmailComposer.Texts["Waitlist.Offer.Accept", language], offerMail.HtmlBody);
        Assert.Contains(AppointmentTimes.DateAndTime(Eight, language), offerMail.Subject);
        Assert.Contains($"lang=\"{language}\"", offerMail.HtmlBody);
        var entryId = (await EntryOfAsync(offer)).Id;
        Assert.Contains($"http://localhost:5000/waiting-list/{WaitlistTokens.Leave(_host.Get<TokenKey>(), entryId)}", joinMail.TextBody);
        Assert.Contains(joined.Reference, joinMail.TextBody);
        if (language == "ar")
        {
            Assert.Contains($"<bdi dir=\"ltr\">{joined.Reference}</bdi>", joinMail.HtmlBody);
        }
    }

    [Fact]
    public async Task OfferEmail_OfAnAnsweredOffer_IsWithdrawnUnsent()
    {
        var (eight, _) = await FillAsync();
        await JoinAsync("answered@example.org");
        await CancelAsync(eight, "booked0@example.org");
        await Offers.SweepAsync(default);
        await Offers.DeclineAsync(TokenOf(Assert.Single(await OffersAsync())), default);

        var composed = await _host.Get<OutboxComposer>().ComposeAsync((await OutboxAsync()).Single(m => m.Kind == MessageKind.WaitlistOffer), null, default);

        Assert.IsType<ComposedMessage.Withdrawn>(composed);
    }

    [Fact]
    public async Task Retention_DeletesEntriesTheSetDaysAfterTheirWindowEnded()
    {
        await FillAsync();
        await JoinAsync("old@example.org");
        var days = _host.Get<Microsoft.Extensions.Options.IOptions<RetentionOptions>>().Value.Days;
        var step = _host.Services.GetServices<IRetentionStep>().OfType<WaitlistRetention>().Single();

        _host.Time.SetUtcNow(Eight.AddDays(days));
        var early = await step.RunAsync(default);
        _host.Time.SetUtcNow(Eight.AddDays(days + 1));
        var due = await step.RunAsync(default);

        Assert.Equal(0, early);
        Assert.Equal(1, due);
        Assert.Empty(await EntriesAsync());
        Assert.DoesNotContain(await OutboxAsync(), m => m.WaitlistEntryId != null);
    }

    [Fact]
    public void UrgencyOrder_ExpiredOrWithinSixWeeksFirst_SoonestFirst_ThenByJoining()
    {
        var today = Wednesday;
        WaitlistEntry Entry(string name, int joinedMinutes, DateOnly? expires) => new()
        {
            Reference = name, ServiceId = ServiceId, FullName = name, Email = name, LeaveTokenHash = [], PermitExpires = expires,
            JoinedAt = Eight.AddMinutes(joinedMinutes),
        };
        var entries = new[]
        {
            Entry("plain-early", 0, null),
            Entry("far-expiry", 1, today.AddDays(43)),
            Entry("in-five-weeks", 2, today.AddDays(35)),
            Entry("expired", 3, today.AddDays(-3)),
            Entry("in-one-week", 4, today.AddDays(7)),
            Entry("plain-late", 5, null),
        };

        var order = WaitlistOffers.InUrgencyOrder(entries, today).Select(e => e.FullName);

        Assert.Equal(["expired", "in-one-week", "in-five-weeks", "plain-early", "far-expiry", "plain-late"], order);
    }

    private static JoinRequest Wish(string email) => new(
        ServiceId, 1, People.Resident(email), Wednesday, Wednesday, null, new TimeOnly(8, 0), new TimeOnly(9, 0), null);

    private async Task<JoinResult.Joined> JoinAsync(string email, Func<JoinRequest, JoinRequest>? change = null)
    {
        var result = await Entries.JoinAsync((change ?? (w => w))(Wish(email)), default);
        // Later joiners come later, also on a fast machine.
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        return Assert.IsType<JoinResult.Joined>(result);
    }

    /// <summary>Books both slots of Wednesday 08:00–09:00 on the one desk.</summary>
    private async Task<(BookedAppointment Eight, BookedAppointment HalfPast)> FillAsync()
    {
        var bookings = _host.Get<BookingService>();
        var first = await bookings.BookAsync(new BookingRequest(ServiceId, Eight, 1, People.Resident("booked0@example.org")), "c0", null, default);
        var second = await bookings.BookAsync(new BookingRequest(ServiceId, HalfPastEight, 1, People.Resident("booked1@example.org")), "c1", null, default);
        return (Assert.IsType<BookingResult.Booked>(first).Appointment, Assert.IsType<BookingResult.Booked>(second).Appointment);
    }

    private async Task CancelAsync(BookedAppointment appointment, string email) =>
        Assert.IsType<CancelResult.Cancelled>(await _host.Get<AppointmentChanges>().CancelAsync(
            new AppointmentProof.ReferenceAndEmail(appointment.Reference, email), default));

    private async Task<IReadOnlyList<Slot>> FreeAsync() =>
        (await _host.Get<SlotFinder>().FindAsync(new SlotQuery(ServiceId, Wednesday, Wednesday, StartBefore: new TimeOnly(9, 0)), default))!;

    private string TokenOf(WaitlistOffer offer) => WaitlistTokens.Offer(_host.Get<TokenKey>(), offer.Id);

    private async Task<MimeKit.MimeMessage> ComposeAsync(OutboxMessage row) =>
        Assert.IsType<ComposedMessage.Email>(await _host.Get<OutboxComposer>().ComposeAsync(row, null, default)).Message;

    private async Task<List<WaitlistEntry>> EntriesAsync()
    {
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.WaitlistEntries.AsNoTracking().ToListAsync();
    }

    private async Task<WaitlistEntry> EntryOfAsync(WaitlistOffer offer) => (await EntriesAsync()).Single(e => e.Id == offer.EntryId);

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
