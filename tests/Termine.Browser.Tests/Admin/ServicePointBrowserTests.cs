using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Termine.Bot.Admin.Access;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Prerequisites;

namespace Termine.Browser.Tests.Admin;

/// <summary>A member of staff signs in, books for a walk-in with keyboard and mouse, and finds the booking in the day view.</summary>
public sealed class ServicePointBrowserTests(BrowserFixture browser, TestDatabase database)
    : IClassFixture<BrowserFixture>, IClassFixture<TestDatabase>
{
    private const string Password = "correct horse battery staple";

    [NeedsFact(Need.Chromium)]
    public async Task WalkInBooking_ShowsTheReference_AndTheDayViewListsIt()
    {
        await using var termine = LiveTermine.Start(database);
        await termine.Services.GetRequiredService<StaffAccounts>().CreateAsync("pforte", "Pforte", Password, StaffRole.Staff, CancellationToken.None);
        var baseUrl = StaffLogin.AdminBaseUrl(termine);
        var page = await browser.DesktopAsync("de-DE");

        await StaffLogin.SignInAsync(page, $"{baseUrl}/admin/login", "pforte", Password);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tagesübersicht" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Termin vergeben" }).ClickAsync();
        await page.GetByLabel("Dienstleistung").SelectOptionAsync("residence-permit-extension");
        await page.GetByLabel("Frühestens am").FillAsync("2026-12-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Freie Zeiten anzeigen" }).ClickAsync();
        var firstTime = page.GetByRole(AriaRole.Radio).First;
        await firstTime.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        Assert.True(await firstTime.IsCheckedAsync());
        await page.GetByLabel("Vollständiger Name").FillAsync("Walk-in Besucherin");
        await page.GetByLabel("Geburtsdatum").FillAsync("1985-03-02");
        await page.GetByLabel("Sprache der Person").SelectOptionAsync("en");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("servicepoint-new.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Termin buchen" }).ClickAsync();

        var referenceText = page.Locator("#booked-reference");
        await Assertions.Expect(referenceText).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z0-9]{4}-[A-Z0-9]{4}$"));
        var reference = await referenceText.InnerTextAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img)).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("servicepoint-booked.png"), FullPage = true });

        await page.GotoAsync($"{baseUrl}/admin?date=2026-12-01");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = reference })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("servicepoint-day.png"), FullPage = true });
    }
}
