using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Waitlist;
using Termine.Bot.Admin.ActionLog;
using Termine.Bot.State;
using Termine.Bot.Tests.Admin.ServicePoint;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Staff;

namespace Termine.Bot.Tests.Admin.Waitlist;

/// <summary>
/// The staff's waiting list pages and the waiting list's statistics, on a small data set with the test's clock
/// (Tuesday 24 November 2026, 09:00 office time).
/// </summary>
public sealed partial class WaitlistStaffTests(TestDatabase database) : ServicePointTestHost(database), IClassFixture<TestDatabase>
{
    private static readonly DateTimeOffset Now = BookingHost.DefaultNow;

    [Fact]
    public async Task List_ShowsTheEntriesInUrgencyOrder_WithTheirColumns_AndIsLogged()
    {
        var late = await InsertEntryAsync("W-AAAA-AAA1", joinedDaysAgo: 4, permitExpires: null);
        var soon = await InsertEntryAsync("W-AAAA-AAA2", joinedDaysAgo: 2, permitExpires: new DateOnly(2026, 12, 10));
        await InsertEntryAsync("W-AAAA-AAA3", joinedDaysAgo: 1, permitExpires: new DateOnly(2026, 11, 1), weekdays: [DayOfWeek.Saturday, DayOfWeek.Sunday]);
        await InsertEntryAsync("W-AAAA-AAA4", joinedDaysAgo: 9, permitExpires: null, serviceId: "citizenship");
        await InsertEntryAsync("W-AAAA-AAA5", joinedDaysAgo: 9, permitExpires: null, state: WaitlistEntryState.Left);
        await InsertOfferAsync(soon, OfferOutcome.Open, slotStart: new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero), expires: Now.AddHours(20));
        await InsertOfferAsync(soon, OfferOutcome.Declined, slotStart: new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero), expires: Now.AddHours(-5));
        await InsertOfferAsync(late, OfferOutcome.Expired, slotStart: new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero), expires: Now.AddHours(-2));

        var html = WebUtility.HtmlDecode(await Staff.Client.GetStringAsync($"/admin/waiting-list/{ServiceId}"));

        // The class's tests share one database: only this test's entries are compared.
        var order = Reference().Matches(html).Select(m => m.Value).Where(r => r.StartsWith("W-AAAA", StringComparison.Ordinal)).Distinct().ToList();
        Assert.Equal(["W-AAAA-AAA3", "W-AAAA-AAA2", "W-AAAA-AAA1"], order);
        Assert.Contains("abgelaufen (01.11.2026)", html);
        Assert.Contains("läuft in 16 Tagen ab (10.12.2026)", html);
        Assert.Contains("Sa, So; ganztags", html);
        Assert.Contains("So; ganztags", html);
        Assert.Contains("<td class=\"offers\">2 / 0 / 1 / 0</td>", html);
        Assert.Contains("<td class=\"offers\">1 / 0 / 0 / 1</td>", html);
        Assert.Contains("<td class=\"open-offer\">26.11.2026 10:00 Uhr, gilt bis 25.11.2026 05:00 Uhr</td>", html);
        Assert.Contains("Wartende Person 2", html);
        Assert.Contains(("waitlist.viewed", ServiceId), await StaffActionsAsync());
    }

    [Fact]
    public async Task Chooser_CountsTheWaitingPerService_AndTheMenuLinksIt()
    {
        var before = WaitingFor(WebUtility.HtmlDecode(await Staff.Client.GetStringAsync("/admin/waiting-list")));
        await InsertEntryAsync("W-BBBB-BBB1", joinedDaysAgo: 1, permitExpires: null);
        await InsertEntryAsync("W-BBBB-BBB2", joinedDaysAgo: 1, permitExpires: null, state: WaitlistEntryState.Offered);
        await InsertEntryAsync("W-BBBB-BBB3", joinedDaysAgo: 1, permitExpires: null, state: WaitlistEntryState.Booked);

        var html = WebUtility.HtmlDecode(await Staff.Client.GetStringAsync("/admin/waiting-list"));

        Assert.Contains($"<a href=\"/admin/waiting-list/{ServiceId}\">", html);
        Assert.Equal(before + 2, WaitingFor(html));
        Assert.Contains("<a href=\"/admin/waiting-list\" aria-current=\"page\">Warteliste</a>", html);
        Assert.DoesNotContain("<a href=\"/admin/waiting\" aria-current=\"page\">", html);
    }

    [Fact]
    public async Task AddCaller_ShowsTheFieldErrors_ThenJoinsOnTheServicePointChannel_AndWritesTheJoinEmail()
    {
        var page = $"/admin/waiting-list/{ServiceId}";
        var invalid = await Staff.PostFormAsync(page, new()
        {
            ["Persons"] = "1", ["FullName"] = "", ["BirthDate"] = "1985-03-02", ["Email"] = "nicht-gueltig", ["Language"] = "tr",
            ["From"] = "2026-12-01", ["To"] = "2026-11-30", ["Weekdays"] = "Sunday",
        });
        var invalidHtml = WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync());

        var added = await Staff.PostFormAsync(page, new()
        {
            ["Persons"] = "1", ["FullName"] = "Ayşe Demir", ["BirthDate"] = "1985-03-02", ["Email"] = "ayse@example.org", ["Language"] = "tr",
            ["From"] = "2026-12-01", ["To"] = "2026-12-20", ["Weekdays"] = "Sunday", ["PermitExpires"] = "2026-12-05",
        });
        var addedHtml = WebUtility.HtmlDecode(await added.Content.ReadAsStringAsync());

        Assert.Contains("Bitte prüfen Sie die markierten Angaben.", invalidHtml);
        Assert.Contains("Name: Bitte geben Sie den vollständigen Namen an.", invalidHtml);
        Assert.Contains("E-Mail: Die Adresse ist ungültig.", invalidHtml);
        Assert.Contains("Spätestens am: Das Ende darf nicht vor dem Anfang liegen.", invalidHtml);
        var entry = await InDatabaseAsync(db => db.WaitlistEntries.SingleAsync(e => e.Email == "ayse@example.org"));
        Assert.Equal(BookingChannels.ServicePoint, entry.Channel);
        Assert.Equal("tr", entry.Language);
        Assert.Equal(1 << (int)DayOfWeek.Sunday, entry.Weekdays);
        Assert.Contains($"Wartenummer: {entry.Reference}", addedHtml);
        Assert.Contains(entry.Reference, Reference().Matches(addedHtml).Select(m => m.Value));
        Assert.Single(await MailsAsync("waitlistjoined", entry.Reference));
        var actions = await StaffActionsAsync();
        Assert.Contains(("waitlist.added", entry.Reference), actions);
        Assert.DoesNotContain(actions, a => a.Subject?.Contains("ayse", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task Remove_AsksFirst_ThenClosesTheEntry_LetsItsOfferGo_AndLogsTheReason()
    {
        var id = await InsertEntryAsync("W-CCCC-CCC1", joinedDaysAgo: 3, permitExpires: null, state: WaitlistEntryState.Offered);
        await InsertOfferAsync(id, OfferOutcome.Open, slotStart: new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero), expires: Now.AddHours(20));
        var page = $"/admin/waiting-list/{ServiceId}";

        var confirm = WebUtility.HtmlDecode(await Staff.Client.GetStringAsync($"{page}?confirm={id}"));
        var response = await Staff.PostFormAsync($"{page}?handler=Remove", new() { ["id"] = id.ToString(), ["reason"] = "asked" }, formPage: $"{page}?confirm={id}");
        var after = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("Eintrag W-CCCC-CCC1 entfernen?", confirm);
        Assert.Contains("Der Eintrag W-CCCC-CCC1 ist von der Warteliste entfernt.", after);
        Assert.DoesNotContain($"?confirm={id}", after);
        Assert.Equal(WaitlistEntryState.Left, await InDatabaseAsync(db => db.WaitlistEntries.Where(e => e.Id == id).Select(e => e.State).SingleAsync()));
        Assert.Equal(OfferOutcome.Withdrawn, await InDatabaseAsync(db => db.WaitlistOffers.Where(o => o.EntryId == id).Select(o => o.Outcome).SingleAsync()));
        await using var bot = await Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        Assert.True(await bot.StaffActions.AnyAsync(a => a.Action == "waitlist.removed" && a.Subject == "W-CCCC-CCC1" && a.Detail == "asked"));
    }

    [Fact]
    public async Task OffersAndTheirOutcomes_AreInTheActionLog_WithTheWaitingReferenceOnly()
    {
        await InsertEntryAsync("W-EEEE-EEE1", joinedDaysAgo: 1, permitExpires: null,
            weekdays: [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);
        var offers = Get<WaitlistOffers>();

        await offers.SweepAsync(default);
        Factory.Time.Advance(TimeSpan.FromDays(3));
        await offers.SweepAsync(default);

        await using var bot = await Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var rows = await bot.StaffActions.Where(a => a.Subject == "W-EEEE-EEE1").ToListAsync();
        Assert.Contains(rows, a => a.Action == "waitlist.offer-sent" && a.UserName == "system");
        Assert.Contains(rows, a => a.Action == "waitlist.offer-expired" && a.UserName == "system");
        Assert.DoesNotContain(rows, a => a.Detail?.Contains("example.org", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task AnonymousCaller_IsSentToTheSignIn()
    {
        using var client = StaffSession.CreateClient(Factory);

        var list = await client.GetAsync($"/admin/waiting-list/{ServiceId}");
        var chooser = await client.GetAsync("/admin/waiting-list");

        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.StartsWith("https://localhost/admin/login", list.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, chooser.StatusCode);
    }

    [Fact]
    public async Task Statistics_CountOffersRefilledSlotsMedianWaitReconfirmationAndNoShowsAskedOrNot()
    {
        // 16 and 17 November lie before the test's today.
        await InsertAppointmentAsync("DDDD-DDD1", 16, AppointmentStatus.Done, reconfirmed: true, asked: true);
        await InsertAppointmentAsync("DDDD-DDD2", 16, AppointmentStatus.NoShow, reconfirmed: false, asked: true);
        await InsertAppointmentAsync("DDDD-DDD3", 17, AppointmentStatus.Done, reconfirmed: false, asked: true);
        await InsertAppointmentAsync("DDDD-DDD4", 17, AppointmentStatus.Done, reconfirmed: false, asked: false);
        await InsertAppointmentAsync("DDDD-DDD5", 17, AppointmentStatus.NoShow, reconfirmed: false, asked: false);
        await InsertAppointmentAsync("DDDD-DDD6", 17, AppointmentStatus.Cancelled, reconfirmed: false, asked: true);
        var booked1 = await InsertEntryAsync("W-DDDD-DDD1", joinedDaysAgo: 12, permitExpires: null, state: WaitlistEntryState.Booked, closed: new DateTimeOffset(2026, 11, 16, 8, 0, 0, TimeSpan.Zero));
        await InsertEntryAsync("W-DDDD-DDD2", joinedDaysAgo: 12, permitExpires: null, state: WaitlistEntryState.Booked, closed: new DateTimeOffset(2026, 11, 17, 8, 0, 0, TimeSpan.Zero));
        await InsertEntryAsync("W-DDDD-DDD3", joinedDaysAgo: 12, permitExpires: null, state: WaitlistEntryState.Booked, closed: new DateTimeOffset(2026, 11, 17, 20, 0, 0, TimeSpan.Zero));
        var offered = new DateTimeOffset(2026, 11, 16, 7, 0, 0, TimeSpan.Zero);
        await InsertOfferAsync(booked1, OfferOutcome.Accepted, offered.AddDays(1), offered.AddHours(12), created: offered);
        await InsertOfferAsync(booked1, OfferOutcome.Declined, offered.AddDays(2), offered.AddHours(12), created: offered);
        await InsertOfferAsync(booked1, OfferOutcome.Expired, offered.AddDays(3), offered.AddHours(12), created: offered);
        await InsertOfferAsync(booked1, OfferOutcome.Expired, offered.AddDays(4), offered.AddHours(12), created: offered);
        await InsertOfferAsync(booked1, OfferOutcome.Accepted, offered.AddDays(4), offered.AddHours(12), created: offered.AddDays(-30));

        var html = WebUtility.HtmlDecode(await Staff.Client.GetStringAsync("/admin/statistics?From=2026-11-16&To=2026-11-17")).Replace('\u00a0', ' ');

        Assert.Contains("<tr><th scope=\"row\">Frei gewordene Termine (storniert, nach Termintag)</th><td>1</td></tr>", html);
        Assert.Contains("<tr><th scope=\"row\">Über Angebote wieder vergeben</th><td>1</td></tr>", html);
        Assert.Contains("<tr><th scope=\"row\">Angebote gesendet (nach Angebotstag)</th><td>4</td></tr>", html);
        Assert.Contains("<tr><th scope=\"row\">Angebote abgelehnt</th><td>1</td></tr>", html);
        Assert.Contains("<tr><th scope=\"row\">Angebote verfallen</th><td>2</td></tr>", html);
        // Joined 12 November 08:00 UTC; booked 16 Nov 08:00, 17 Nov 08:00 and 17 Nov 20:00: 4, 5 and 5.5 days, the median 5.
        Assert.Contains("<td>5,0 Tage (3 Wartende gebucht)</td>", html);
        Assert.Contains("<td>33,3 % (1 von 3)</td>", html);
        Assert.Contains("<tr><th scope=\"row\">Nichterscheinen mit Rückfrage</th><td>33,3 % (1 von 3)</td></tr>", html);
        Assert.Contains("<tr><th scope=\"row\">Nichterscheinen ohne Rückfrage</th><td>50,0 % (1 von 2)</td></tr>", html);
    }

    private static int WaitingFor(string chooser) =>
        int.Parse(Regex.Match(chooser, $"href=\"/admin/waiting-list/{ServiceId}\">[^<]+</a></th><td>(\\d+)</td>").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("W-[A-Z0-9]{4}-[A-Z0-9]{4}")]
    private static partial Regex Reference();

    private async Task<List<(string Action, string? Subject)>> StaffActionsAsync()
    {
        await using var bot = await Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return (await bot.StaffActions.Select(a => new { a.Action, a.Subject }).ToListAsync()).Select(a => (a.Action, a.Subject)).ToList();
    }

    private async Task<Guid> InsertEntryAsync(
        string reference, int joinedDaysAgo, DateOnly? permitExpires, string serviceId = ServiceId,
        WaitlistEntryState state = WaitlistEntryState.Waiting, DayOfWeek[]? weekdays = null, DateTimeOffset? closed = null)
    {
        // Sundays only unless told: the office is closed then, so the host's own sweep never offers these entries a slot.
        var id = Guid.NewGuid();
        await InDatabaseAsync(async db =>
        {
            db.WaitlistEntries.Add(new WaitlistEntry
            {
                Id = id, Reference = reference, ServiceId = serviceId, Persons = 1,
                From = new DateOnly(2026, 11, 25), To = new DateOnly(2026, 12, 31),
                Weekdays = WaitlistEntry.WeekdayBits(weekdays ?? [DayOfWeek.Sunday]), PermitExpires = permitExpires,
                FullName = $"Wartende Person {reference[^1]}", BirthDate = new DateOnly(1980, 1, 1),
                Email = $"{reference.ToLowerInvariant()}@example.org", Language = "de", Channel = "api",
                LeaveTokenHash = Guid.NewGuid().ToByteArray(), JoinedAt = Now.AddDays(-joinedDaysAgo), State = state, ClosedAt = closed,
            });
            return await db.SaveChangesAsync();
        });
        return id;
    }

    private async Task InsertOfferAsync(Guid entryId, OfferOutcome outcome, DateTimeOffset slotStart, DateTimeOffset expires, DateTimeOffset? created = null) =>
        await InDatabaseAsync(async db =>
        {
            // The offer's held slot, without a reference: the appointment counts in no other figure.
            var hold = new Appointment
            {
                Id = Guid.NewGuid(), ServiceId = ServiceId, Team = "residence", Start = slotStart, End = slotStart.AddMinutes(20), Persons = 1,
                HoldExpiresAt = expires,
                ClientKey = WaitlistOffers.HoldClientKey, Channel = "api", Language = "de", CreatedAt = created ?? Now.AddHours(-6),
            }.WithStatus(outcome == OfferOutcome.Open ? AppointmentStatus.Held : AppointmentStatus.Expired);
            db.Appointments.Add(hold);
            db.WaitlistOffers.Add(new WaitlistOffer
            {
                Id = Guid.NewGuid(), EntryId = entryId, AppointmentId = hold.Id, SlotStart = slotStart, SlotEnd = slotStart.AddMinutes(20),
                TokenHash = Guid.NewGuid().ToByteArray(), CreatedAt = created ?? Now.AddHours(-6), ExpiresAt = expires, Outcome = outcome,
                DecidedAt = outcome == OfferOutcome.Open ? null : expires,
            });
            return await db.SaveChangesAsync();
        });

    private async Task<Guid> InsertAppointmentAsync(string reference, int day, AppointmentStatus status, bool reconfirmed, bool asked)
    {
        var id = Guid.NewGuid();
        await InDatabaseAsync(async db =>
        {
            var start = new DateTimeOffset(2026, 11, day, 9, 0, 0, TimeSpan.Zero);
            db.Appointments.Add(new Appointment
            {
                Id = id, Reference = reference, ServiceId = ServiceId, Team = "residence", Start = start,
                End = start.AddMinutes(20), Persons = 1, ClientKey = "test", Channel = "api",
                Language = "de", FullName = "Test Person", CreatedAt = start.AddDays(-10),
                ReconfirmedAt = reconfirmed ? start.AddDays(-2) : null,
            }.WithStatus(status));
            if (asked)
            {
                db.OutboxMessages.Add(new OutboxMessage
                {
                    Id = Guid.NewGuid(), MessageId = $"<{Guid.NewGuid():N}@test>", AppointmentId = id, Kind = MessageKind.Reminder, AsksToReconfirm = true, Status = OutboxStatus.Sent,
                    DueAt = start.AddDays(-3), NextAttemptAt = start.AddDays(-3), SentAt = start.AddDays(-3), CreatedAt = start.AddDays(-10),
                });
            }

            return await db.SaveChangesAsync();
        });
        return id;
    }
}
