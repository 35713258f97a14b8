using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Termine.Bot.Admin.Access;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;
using Termine.Testing.Staff;

namespace Termine.Browser.Tests.Admin;

/// <summary>
/// A day in the waiting area: a resident checks in at the terminal with the hand scanner (the QR code's link from the
/// confirmation e-mail), a staff member calls the next number to "Schalter 3", and the display shows it without reload.
/// </summary>
public sealed class WaitingAreaBrowserTests(BrowserFixture browser, TestDatabase database)
    : IClassFixture<BrowserFixture>, IClassFixture<TestDatabase>
{
    /// <summary>Bookable two hours ahead: an appointment this afternoon (the test's today is 24 November 2026, 09:00).</summary>
    private const string ServiceId = "residence-card-collection";

    private static readonly LocatorAssertionsToContainTextOptions Polled = new() { Timeout = 15_000 };

    [NeedsFact(Need.Chromium | Need.QrDecoder)]
    public async Task CheckInAtTheTerminal_CallAtTheDesk_TheDisplayShowsIt()
    {
        await using var termine = LiveTermine.Start(database);
        var reference = await BookTodayAsync(termine, "terminal@example.org", "uk");
        var (_, token, _) = await MailboxReader.ConfirmationAsync(termine.Services, termine.Pickup, reference);
        await termine.Services.GetRequiredService<StaffAccounts>().CreateAsync(
            "servicepoint", "Servicepoint", StaffSession.Password, StaffRole.Staff, CancellationToken.None);

        var terminal = await browser.DesktopAsync("de-DE");
        await terminal.GotoAsync($"{termine.BaseUrl}/checkin");
        await terminal.ScreenshotAsync(new() { Path = BrowserFixture.Shot("waiting-terminal.png"), FullPage = true });
        var field = terminal.GetByLabel("Code oder Link (Handscanner)");
        await Assertions.Expect(field).ToBeFocusedAsync();
        await terminal.Keyboard.TypeAsync($"{termine.BaseUrl}/checkin/{token}");
        await terminal.Keyboard.PressAsync("Enter");

        var result = terminal.Locator("#result");
        await Assertions.Expect(result).ToBeVisibleAsync();
        await Assertions.Expect(result).ToHaveAttributeAsync("lang", "uk");
        await Assertions.Expect(result).ToContainTextAsync("Ваш номер у черзі");
        var number = await terminal.Locator("#result-number").TextContentAsync();
        Assert.Matches("^\\d+$", number);
        await terminal.ScreenshotAsync(new() { Path = BrowserFixture.Shot("waiting-terminal-checked-in-uk.png"), FullPage = true });

        var display = await browser.DesktopAsync("de-DE");
        await display.GotoAsync($"{termine.BaseUrl}/display");
        await Assertions.Expect(display.Locator("#newest-call")).ToContainTextAsync("Bitte warten Sie");

        var staff = await browser.DesktopAsync("de-DE");
        await StaffLogin.SignInAsync(staff, $"{termine.BaseUrl}/admin/waiting", "servicepoint", StaffSession.Password);
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Wartebereich" })).ToBeVisibleAsync();
        await Assertions.Expect(staff.Locator("#waiting-lists")).ToContainTextAsync("Amina Haddad");
        await staff.GetByLabel("Schalter", new() { Exact = true }).FillAsync("Schalter 3");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Nächste Nummer aufrufen" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync($"Nummer {number} wurde zu „Schalter 3“ aufgerufen.");
        await staff.ScreenshotAsync(new() { Path = BrowserFixture.Shot("waiting-staff-called.png"), FullPage = true });

        await Assertions.Expect(display.Locator("#newest-call .number")).ToHaveTextAsync(number!, new() { Timeout = 15_000 });
        await Assertions.Expect(display.Locator("#newest-call .desk")).ToHaveTextAsync("Schalter 3");
        await Assertions.Expect(display.Locator("#newest-call")).ToHaveAttributeAsync("aria-live", "assertive");
        Assert.DoesNotContain("Amina", await display.ContentAsync());
        await display.ScreenshotAsync(new() { Path = BrowserFixture.Shot("waiting-display.png"), FullPage = true });

        await Assertions.Expect(staff.GetByLabel("Schalter", new() { Exact = true })).ToHaveValueAsync("Schalter 3");
    }

    [NeedsFact(Need.Chromium)]
    public async Task UnknownCode_AtTheTerminal_SaysSoInGermanAndEnglish()
    {
        await using var termine = LiveTermine.Start(database);
        var terminal = await browser.PhoneAsync("de-DE");

        await terminal.GotoAsync($"{termine.BaseUrl}/checkin");
        await terminal.Keyboard.TypeAsync($"{termine.BaseUrl}/checkin/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        await terminal.Keyboard.PressAsync("Enter");

        await Assertions.Expect(terminal.Locator("#result")).ToContainTextAsync("Dieser Code ist uns nicht bekannt", Polled);
        await Assertions.Expect(terminal.Locator("#result")).ToContainTextAsync("We do not recognise this code");
        await terminal.ScreenshotAsync(new() { Path = BrowserFixture.Shot("waiting-terminal-unknown.png"), FullPage = true });
    }

    [NeedsFact(Need.Chromium | Need.QrDecoder)]
    public async Task QrCodeHeldUpToTheCamera_ChecksIn()
    {
        await using var termine = LiveTermine.Start(database);
        var reference = await BookTodayAsync(termine, "camera@example.org", "fr");
        var (_, token, _) = await MailboxReader.ConfirmationAsync(termine.Services, termine.Pickup, reference);
        var video = QrVideo.Write($"{termine.BaseUrl}/checkin/{token}");
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var camera = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", $"--use-file-for-fake-video-capture={video}"],
            });
            var context = await camera.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            await context.GrantPermissionsAsync(["camera"], new() { Origin = termine.BaseUrl });
            var terminal = await context.NewPageAsync();

            await terminal.GotoAsync($"{termine.BaseUrl}/checkin");

            var result = terminal.Locator("#result");
            // A wait, not a measure: on a busy machine the fake camera's frames and the decoder share two cores, and
            // ZXing may need many frames before one is read.
            await Assertions.Expect(result).ToHaveAttributeAsync("lang", "fr", new() { Timeout = 90_000 });
            await Assertions.Expect(result).ToContainTextAsync("Votre numéro", Polled);
            await Assertions.Expect(terminal.Locator("#result-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\d+$"));
            await terminal.ScreenshotAsync(new() { Path = BrowserFixture.Shot("waiting-terminal-camera-fr.png"), FullPage = true });
        }
        finally
        {
            File.Delete(video);
        }
    }

    private static async Task<string> BookTodayAsync(LiveTermine termine, string email, string language)
    {
        var slots = await termine.Client.GetFromJsonAsync<JsonElement>($"/api/services/{ServiceId}/slots?from=2026-11-24&to=2026-11-24&limit=1");
        var response = await termine.Client.PostAsJsonAsync("/api/appointments", new
        {
            serviceId = ServiceId, start = slots[0].GetProperty("start").GetString(), fullName = "Amina Haddad", birthDate = "1990-05-17", email, persons = 1, language,
        });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }
}
