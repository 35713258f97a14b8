using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Termine.Bot.Admin.Access;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;
using Termine.Testing.Staff;
using Xunit.Abstractions;

namespace Termine.Browser.Tests.Admin;

/// <summary>
/// A morning at the service point in one flow, as the issue's "done when" asks: a member of staff signs in, books a
/// walk-in for later this morning, the resident's Turkish confirmation arrives, the resident checks in at the terminal
/// with the hand scanner, the day view shows the arrival, the staff member calls the number to "Schalter 2", the display
/// shows it without a reload, and the appointment ends as done. Every page on the way passes axe's WCAG 2.1 AA rules.
/// </summary>
public sealed partial class StaffDayTests(BrowserFixture browser, TestDatabase database, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<TestDatabase>
{
    /// <summary>Bookable two hours ahead, so the host's today (Tuesday 24 November 2026, 09:00) still has morning slots.</summary>
    private const string ServiceId = "residence-card-collection";

    /// <summary>The display and the day view learn of changes by polling; this is how long they may take.</summary>
    private static readonly LocatorAssertionsToHaveTextOptions Polled = new() { Timeout = 15_000 };

    [NeedsFact(Need.Chromium | Need.QrDecoder | Need.E2ePackages)]
    public async Task StaffMember_RunsAMorningAtTheServicePoint()
    {
        await using var termine = LiveTermine.Start(database);
        await termine.Services.GetRequiredService<StaffAccounts>().CreateAsync(
            "servicepoint", "Servicepoint", StaffSession.Password, StaffRole.Staff, CancellationToken.None);
        var admin = StaffLogin.AdminBaseUrl(termine);
        var axeProblems = new List<string>();

        // 1. Sign in.
        var staff = await browser.DesktopAsync("de-DE");
        await StaffLogin.SignInAsync(staff, $"{admin}/admin/login", "servicepoint", StaffSession.Password);
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Tagesübersicht" })).ToBeVisibleAsync();
        await staff.ScreenshotAsync(new() { Path = BrowserFixture.Shot("staffday-1-day-empty.png"), FullPage = true });

        // 2. A walk-in for today, later this morning, with an e-mail address and Turkish as their language.
        await staff.GetByRole(AriaRole.Link, new() { Name = "Termin vergeben" }).ClickAsync();
        await staff.GetByLabel("Dienstleistung").SelectOptionAsync(ServiceId);
        await staff.GetByLabel("Frühestens am").FillAsync("2026-11-24");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Freie Zeiten anzeigen" }).ClickAsync();
        var firstTime = staff.Locator("#field-start label").First;
        Assert.Matches(MorningToday(), await firstTime.InnerTextAsync());
        await firstTime.GetByRole(AriaRole.Radio).CheckAsync();
        await staff.GetByLabel("Vollständiger Name").FillAsync("Emre Yılmaz");
        await staff.GetByLabel("Geburtsdatum").FillAsync("1988-07-14");
        await staff.GetByRole(AriaRole.Textbox, new() { Name = "E-Mail" }).FillAsync("emre.yilmaz@example.org");
        await staff.GetByLabel("Sprache der Person").SelectOptionAsync("tr");
        axeProblems.AddRange(await Axe.SeriousAsync(staff, output, "/admin/appointments/new"));
        await staff.ScreenshotAsync(new() { Path = BrowserFixture.Shot("staffday-2-new.png"), FullPage = true });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Termin buchen" }).ClickAsync();

        var referenceText = staff.Locator("#booked-reference");
        await Assertions.Expect(referenceText).ToHaveTextAsync(new Regex("^[A-Z0-9]{4}-[A-Z0-9]{4}$"));
        var reference = await referenceText.InnerTextAsync();
        await staff.ScreenshotAsync(new() { Path = BrowserFixture.Shot("staffday-2-booked.png"), FullPage = true });

        // 3. The confirmation in the pickup folder, in Turkish; the check-in token is read from its QR code (zbarimg).
        var (mail, token, _) = await MailboxReader.ConfirmationAsync(termine.Services, termine.Pickup, reference);
        Assert.Contains("Randevu onayı", mail.Message.Subject);
        Assert.Contains("lang=\"tr\"", mail.Html);

        // 4. The resident at the terminal: the hand scanner types the QR code's link and presses Enter.
        var terminal = await browser.DesktopAsync("de-DE");
        await terminal.GotoAsync($"{termine.BaseUrl}/checkin");
        axeProblems.AddRange(await Axe.SeriousAsync(terminal, output, "/checkin"));
        var field = terminal.GetByLabel("Code oder Link (Handscanner)");
        await Assertions.Expect(field).ToBeFocusedAsync();
        await terminal.Keyboard.TypeAsync($"{termine.BaseUrl}/checkin/{token}");
        await terminal.Keyboard.PressAsync("Enter");

        var result = terminal.Locator("#result");
        await Assertions.Expect(result).ToHaveAttributeAsync("lang", "tr");
        await Assertions.Expect(result).ToContainTextAsync("Sıra numaranız");
        var number = await terminal.Locator("#result-number").TextContentAsync();
        Assert.Matches("^\\d+$", number);
        axeProblems.AddRange(await Axe.SeriousAsync(terminal, output, "/checkin, checked in"));
        await terminal.ScreenshotAsync(new() { Path = BrowserFixture.Shot("staffday-4-checked-in-tr.png"), FullPage = true });

        // 5. The day view shows the arrival.
        await staff.GotoAsync($"{admin}/admin");
        await Assertions.Expect(StatusOf(staff, reference)).ToHaveTextAsync("angekommen");
        axeProblems.AddRange(await Axe.SeriousAsync(staff, output, "/admin"));
        await staff.ScreenshotAsync(new() { Path = BrowserFixture.Shot("staffday-5-day-arrived.png"), FullPage = true });

        // 6. The waiting area's display is open; the staff member calls the next number to "Schalter 2".
        var display = await browser.DesktopAsync("de-DE");
        await display.GotoAsync($"{termine.BaseUrl}/display");
        await Assertions.Expect(display.Locator("#newest-call")).ToContainTextAsync("Bitte warten Sie");
        axeProblems.AddRange(await Axe.SeriousAsync(display, output, "/display, idle"));

        await staff.GetByRole(AriaRole.Link, new() { Name = "Wartebereich" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Wartebereich" })).ToBeVisibleAsync();
        await Assertions.Expect(staff.Locator("#waiting-lists")).ToContainTextAsync("Emre Yılmaz");
        axeProblems.AddRange(await Axe.SeriousAsync(staff, output, "/admin/waiting"));
        await staff.GetByLabel("Schalter", new() { Exact = true }).FillAsync("Schalter 2");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Nächste Nummer aufrufen" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync($"Nummer {number} wurde zu „Schalter 2“ aufgerufen.");
        await staff.ScreenshotAsync(new() { Path = BrowserFixture.Shot("staffday-6-called.png"), FullPage = true });

        await Assertions.Expect(display.Locator("#newest-call .number")).ToHaveTextAsync(number!, Polled);
        await Assertions.Expect(display.Locator("#newest-call .desk")).ToHaveTextAsync("Schalter 2");
        axeProblems.AddRange(await Axe.SeriousAsync(display, output, "/display, calling"));
        await display.ScreenshotAsync(new() { Path = BrowserFixture.Shot("staffday-6-display.png"), FullPage = true });

        // 7. Done; the day view says so.
        await staff.GetByRole(AriaRole.Button, new() { Name = $"Nummer {number} erledigt" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync($"Nummer {number} ({reference}) wurde erledigt.");
        await staff.ScreenshotAsync(new() { Path = BrowserFixture.Shot("staffday-7-waiting-done.png"), FullPage = true });
        await staff.GetByRole(AriaRole.Link, new() { Name = "Tagesübersicht" }).ClickAsync();
        await Assertions.Expect(StatusOf(staff, reference)).ToHaveTextAsync("erledigt");
        await staff.ScreenshotAsync(new() { Path = BrowserFixture.Shot("staffday-7-day-done.png"), FullPage = true });

        Assert.True(axeProblems.Count == 0, "axe (serious or critical):\n" + string.Join("\n", axeProblems));
    }

    private static ILocator StatusOf(IPage dayView, string reference) =>
        dayView.GetByRole(AriaRole.Row).Filter(new() { Has = dayView.GetByRole(AriaRole.Link, new() { Name = reference }) }).Locator("td.status");

    /// <summary>The time offered first: today, before noon.</summary>
    [GeneratedRegex(@"24\.11\.2026 (09|10|11):\d\d Uhr")]
    private static partial Regex MorningToday();
}
