using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Termine.Booking.Appointments;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Waitlist;
using Termine.Bot.Admin.Access;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;
using Termine.Testing.Staff;
using Termine.Testing.Waiting;
using Xunit.Abstractions;

namespace Termine.Browser.Tests.Admin;

/// <summary>
/// The staff's waiting list pages in a real browser, on a phone and a desktop: the list of services, one service's
/// list in the core's urgency order (a permit expiring soon first, then by joining) with its offers, a caller added
/// with the keyboard alone (the join e-mail is written) and an entry removed through its confirmation step, again
/// by keyboard. Every page state passes axe's WCAG 2.1 AA rules without a serious or critical violation. The
/// seeded entries want Sundays only: the office is closed then, so the host's own sweep never offers them a slot.
/// </summary>
public sealed partial class WaitingListStaffBrowserTests(BrowserFixture browser, TestDatabase database, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<TestDatabase>
{
    private const string ServiceId = "residence-permit-extension";
    private static readonly DateTimeOffset Now = BookingHost.DefaultNow;

    [NeedsFact(Need.Chromium)]
    public async Task StaffMember_SeesTheListInUrgencyOrder_AddsACallerAndRemovesAnEntry_ByKeyboard()
    {
        await using var termine = LiveTermine.Start(database);
        await termine.Services.GetRequiredService<StaffAccounts>().CreateAsync(
            "warteliste", "Warteliste", StaffSession.Password, StaffRole.Staff, CancellationToken.None);
        var admin = StaffLogin.AdminBaseUrl(termine);
        var notUrgent = await InsertEntryAsync(termine, "W-BRWA-AAA3", joinedDaysAgo: 9, permitExpires: null);
        var urgent = await InsertEntryAsync(termine, "W-BRWA-AAA4", joinedDaysAgo: 1, permitExpires: new DateOnly(2026, 12, 4));
        var offered = await InsertEntryAsync(termine, "W-BRWA-AAA5", joinedDaysAgo: 5, permitExpires: new DateOnly(2027, 6, 30), WaitlistEntryState.Offered);
        var lapsed = await InsertEntryAsync(termine, "W-BRWA-AAA6", joinedDaysAgo: 7, permitExpires: null);
        await InsertOfferAsync(termine, offered.Id, OfferOutcome.Open, new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero), Now.AddHours(20));
        await InsertOfferAsync(termine, lapsed.Id, OfferOutcome.Expired, new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero), Now.AddHours(-2));
        var expectedOrder = WaitlistOffers.InUrgencyOrder([notUrgent, urgent, offered, lapsed], new DateOnly(2026, 11, 24)).Select(e => e.Reference).ToList();
        var axeProblems = new List<string>();

        // The list of services, on a desktop, after signing in.
        var desktop = await browser.DesktopAsync("de-DE");
        await StaffLogin.SignInAsync(desktop, $"{admin}/admin/waiting-list", "warteliste", StaffSession.Password);
        await Assertions.Expect(desktop.GetByRole(AriaRole.Heading, new() { Name = "Warteliste", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(desktop.Locator("#waiting-list-services")).ToContainTextAsync("Wartende je Dienstleistung");
        axeProblems.AddRange(await Axe.SeriousAsync(desktop, output, "/admin/waiting-list, desktop"));
        await desktop.ScreenshotAsync(new() { Path = BrowserFixture.Shot("waitlist-staff-services-desktop.png"), FullPage = true });

        // One service's list: the core's order, the urgency and the offers as the page states them.
        await desktop.GotoAsync($"{admin}/admin/waiting-list/{ServiceId}");
        Assert.Equal(expectedOrder, await SeededOrderAsync(desktop));
        Assert.Equal(["W-BRWA-AAA4", "W-BRWA-AAA3", "W-BRWA-AAA6", "W-BRWA-AAA5"], expectedOrder);
        await Assertions.Expect(Row(desktop, "W-BRWA-AAA4").Locator("td.urgency")).ToHaveTextAsync("läuft in 10 Tagen ab (04.12.2026)");
        await Assertions.Expect(Row(desktop, "W-BRWA-AAA5").Locator("td.offers")).ToHaveTextAsync("1 / 0 / 0 / 0");
        await Assertions.Expect(Row(desktop, "W-BRWA-AAA5").Locator("td.open-offer")).ToContainTextAsync("26.11.2026 10:00 Uhr");
        await Assertions.Expect(Row(desktop, "W-BRWA-AAA6").Locator("td.offers")).ToHaveTextAsync("1 / 0 / 0 / 1");
        axeProblems.AddRange(await Axe.SeriousAsync(desktop, output, "/admin/waiting-list/{service}, desktop"));
        await desktop.ScreenshotAsync(new() { Path = BrowserFixture.Shot("waitlist-staff-service-desktop.png"), FullPage = true });

        // The same two pages on a phone.
        var phone = await browser.PhoneAsync("de-DE");
        await StaffLogin.SignInAsync(phone, $"{admin}/admin/waiting-list", "warteliste", StaffSession.Password);
        await Assertions.Expect(phone.Locator("#waiting-list-services")).ToBeVisibleAsync();
        axeProblems.AddRange(await Axe.SeriousAsync(phone, output, "/admin/waiting-list, phone"));
        await phone.ScreenshotAsync(new() { Path = BrowserFixture.Shot("waitlist-staff-services-phone.png"), FullPage = true });
        await phone.GotoAsync($"{admin}/admin/waiting-list/{ServiceId}");
        Assert.Equal(expectedOrder, await SeededOrderAsync(phone));
        axeProblems.AddRange(await Axe.SeriousAsync(phone, output, "/admin/waiting-list/{service}, phone"));
        await phone.ScreenshotAsync(new() { Path = BrowserFixture.Shot("waitlist-staff-service-phone.png"), FullPage = true });
        // A wide table scrolls within the page; the page itself is no wider than the phone.
        Assert.Equal(0, await phone.EvaluateAsync<int>("() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)"));

        // A caller is added with the keyboard alone: Tab from field to field, typing, Space for a weekday, Enter.
        await desktop.Locator("#field-persons").FocusAsync();
        await desktop.Keyboard.PressAsync("Control+A");
        await desktop.Keyboard.TypeAsync("1");
        await TabToAsync(desktop, desktop.Locator("#field-fullName"));
        await desktop.Keyboard.TypeAsync("Ayşe Demir");
        await TabToAsync(desktop, desktop.Locator("#field-birthDate"));
        // Day and month alike: Chromium orders a date field's parts by its own user-interface language, not the page's.
        await desktop.Keyboard.TypeAsync("03031985");
        await TabToAsync(desktop, desktop.Locator("#field-email"));
        await desktop.Keyboard.TypeAsync("ayse.browser@example.org");
        await TabToAsync(desktop, desktop.Locator("#field-language"));
        await ChooseByArrowsAsync(desktop, desktop.Locator("#field-language"), "tr");
        await TabToAsync(desktop, desktop.GetByRole(AriaRole.Checkbox, new() { Name = "Sonntag" }));
        await desktop.Keyboard.PressAsync("Space");
        await TabToAsync(desktop, desktop.GetByRole(AriaRole.Button, new() { Name = "Auf die Warteliste setzen" }));
        await desktop.Keyboard.PressAsync("Enter");

        var notice = desktop.Locator("#waiting-list-notice");
        await Assertions.Expect(notice).ToContainTextAsync("Die Person steht auf der Warteliste. Wartenummer: W-");
        var added = WaitingReference().Match(await notice.InnerTextAsync()).Value;
        var entry = await EntryAsync(termine, added);
        Assert.Equal(("ayse.browser@example.org", "tr", BookingChannels.ServicePoint), (entry.Email, entry.Language, entry.Channel));
        Assert.Equal(new DateOnly(1985, 3, 3), entry.BirthDate);
        Assert.Equal(1 << (int)DayOfWeek.Sunday, entry.Weekdays);
        await Assertions.Expect(Row(desktop, added)).ToContainTextAsync("Ayşe Demir");
        axeProblems.AddRange(await Axe.SeriousAsync(desktop, output, "/admin/waiting-list/{service}, added"));
        await desktop.ScreenshotAsync(new() { Path = BrowserFixture.Shot("waitlist-staff-added.png"), FullPage = true });
        var joinMail = await JoinEmailAsync(termine, "ayse.browser@example.org");
        Assert.Contains(added, joinMail.Text, StringComparison.Ordinal);
        Assert.Contains("lang=\"tr\"", joinMail.Html, StringComparison.Ordinal);

        // An entry is removed through its confirmation step, by keyboard: the row's link, a reason, the button.
        await TabToAsync(desktop, desktop.GetByRole(AriaRole.Link, new() { Name = "Entfernen – W-BRWA-AAA3" }));
        await desktop.Keyboard.PressAsync("Enter");
        await Assertions.Expect(desktop.GetByRole(AriaRole.Heading, new() { Name = "Eintrag W-BRWA-AAA3 entfernen?" })).ToBeVisibleAsync();
        Assert.Equal(WaitlistEntryState.Waiting, (await EntryAsync(termine, "W-BRWA-AAA3")).State);
        axeProblems.AddRange(await Axe.SeriousAsync(desktop, output, "/admin/waiting-list/{service}, confirm removal"));
        await desktop.ScreenshotAsync(new() { Path = BrowserFixture.Shot("waitlist-staff-remove-confirm.png"), FullPage = true });
        await TabToAsync(desktop, desktop.Locator("#field-reason"));
        await ChooseByArrowsAsync(desktop, desktop.Locator("#field-reason"), "duplicate");
        await TabToAsync(desktop, desktop.GetByRole(AriaRole.Button, new() { Name = "Endgültig entfernen" }));
        await desktop.Keyboard.PressAsync("Enter");

        await Assertions.Expect(desktop.Locator("#waiting-list-notice")).ToHaveTextAsync("Der Eintrag W-BRWA-AAA3 ist von der Warteliste entfernt.");
        Assert.Equal(WaitlistEntryState.Left, (await EntryAsync(termine, "W-BRWA-AAA3")).State);
        Assert.DoesNotContain("W-BRWA-AAA3", await SeededOrderAsync(desktop));
        axeProblems.AddRange(await Axe.SeriousAsync(desktop, output, "/admin/waiting-list/{service}, removed"));
        await desktop.ScreenshotAsync(new() { Path = BrowserFixture.Shot("waitlist-staff-removed.png"), FullPage = true });

        Assert.True(axeProblems.Count == 0, "axe (serious or critical):\n" + string.Join("\n", axeProblems));
    }

    private static ILocator Row(IPage page, string reference) =>
        page.Locator("#waiting-list tbody tr").Filter(new() { HasText = reference });

    /// <summary>The waiting references in the list's order, only this test's seeded ones (the class shares a database).</summary>
    private static async Task<List<string>> SeededOrderAsync(IPage page) =>
        (await page.Locator("#waiting-list tbody tr td:nth-child(2)").AllInnerTextsAsync())
        .Select(t => t.Trim()).Where(r => r.StartsWith("W-BRWA-", StringComparison.Ordinal)).ToList();

    /// <summary>Presses Tab until <paramref name="target"/> has the focus, as a keyboard user moves through the page.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var i = 0; i < 80; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new Xunit.Sdk.XunitException($"Tab never reached {target}.");
    }

    /// <summary>Moves the focused drop-down list's choice down with the arrow key until <paramref name="value"/> is chosen.</summary>
    private static async Task ChooseByArrowsAsync(IPage page, ILocator select, string value)
    {
        for (var i = 0; i < 10 && await select.InputValueAsync() != value; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await Assertions.Expect(select).ToHaveValueAsync(value);
    }

    /// <summary>Sends the outbox until the join e-mail to <paramref name="to"/> is in the pickup folder; a wait, not a measure.</summary>
    private static async Task<ReceivedEmail> JoinEmailAsync(LiveTermine termine, string to) =>
        (await Eventually.GetAsync(
            async () =>
            {
                await termine.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);
                foreach (var file in Directory.Exists(termine.Pickup) ? Directory.GetFiles(termine.Pickup, "waitlistjoined.*.eml") : [])
                {
                    var mail = await ReceivedEmail.LoadAsync(file);
                    if (mail.Message.To.Mailboxes.Any(m => m.Address == to))
                    {
                        return mail;
                    }
                }

                return null;
            },
            mail => mail is not null,
            because: $"the join e-mail to {to} in the pickup folder"))!;

    private static async Task<WaitlistEntry> EntryAsync(LiveTermine termine, string reference)
    {
        await using var db = await Contexts(termine).CreateDbContextAsync();
        return await db.WaitlistEntries.AsNoTracking().SingleAsync(e => e.Reference == reference);
    }

    private static async Task<WaitlistEntry> InsertEntryAsync(
        LiveTermine termine, string reference, int joinedDaysAgo, DateOnly? permitExpires, WaitlistEntryState state = WaitlistEntryState.Waiting)
    {
        var entry = new WaitlistEntry
        {
            Id = Guid.NewGuid(), Reference = reference, ServiceId = ServiceId, Persons = 1,
            From = new DateOnly(2026, 11, 25), To = new DateOnly(2026, 12, 31),
            Weekdays = WaitlistEntry.WeekdayBits([DayOfWeek.Sunday]), PermitExpires = permitExpires,
            FullName = $"Wartende Person {reference[^1]}", BirthDate = new DateOnly(1980, 1, 1),
            Email = $"{reference.ToLowerInvariant()}@example.org", Language = "de", Channel = "api",
            LeaveTokenHash = Guid.NewGuid().ToByteArray(), JoinedAt = Now.AddDays(-joinedDaysAgo), State = state,
        };
        await WriteAsync(termine, db => db.WaitlistEntries.Add(entry));
        return entry;
    }

    /// <summary>An offer with its held slot, as the sweep makes it; the hold has no reference and claims no desk time.</summary>
    private static async Task InsertOfferAsync(LiveTermine termine, Guid entryId, OfferOutcome outcome, DateTimeOffset slotStart, DateTimeOffset expires)
    {
        var hold = new Appointment
        {
            Id = Guid.NewGuid(), ServiceId = ServiceId, Team = "residence", Start = slotStart, End = slotStart.AddMinutes(20), Persons = 1,
            HoldExpiresAt = expires, ClientKey = WaitlistOffers.HoldClientKey, Channel = "api", Language = "de", CreatedAt = Now.AddHours(-6),
        }.WithStatus(outcome == OfferOutcome.Open ? AppointmentStatus.Held : AppointmentStatus.Expired);
        await WriteAsync(termine, db => db.Appointments.Add(hold));
        await WriteAsync(termine, db => db.WaitlistOffers.Add(new WaitlistOffer
        {
            Id = Guid.NewGuid(), EntryId = entryId, AppointmentId = hold.Id, SlotStart = slotStart, SlotEnd = slotStart.AddMinutes(20),
            TokenHash = Guid.NewGuid().ToByteArray(), CreatedAt = Now.AddHours(-6), ExpiresAt = expires, Outcome = outcome,
            DecidedAt = outcome == OfferOutcome.Open ? null : expires,
        }));
    }

    /// <summary>Adds rows the one way the host allows writing, and saves them.</summary>
    private static Task WriteAsync(LiveTermine termine, Action<BookingDbContext> add) =>
        termine.Services.GetRequiredService<DatabaseWrites<BookingDbContext>>().RunAsync(
            async (db, cancellationToken) =>
            {
                add(db);
                await db.SaveChangesAsync(cancellationToken);
            },
            CancellationToken.None);

    private static IDbContextFactory<BookingDbContext> Contexts(LiveTermine termine) =>
        termine.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>();

    [GeneratedRegex("W-[A-Z0-9]{4}-[A-Z0-9]{4}")]
    private static partial Regex WaitingReference();
}
