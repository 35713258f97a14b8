using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;

namespace Termine.Browser.Tests;

/// <summary>A resident opens the link from the confirmation e-mail on a phone and moves or cancels the appointment.</summary>
public sealed class ManagePageBrowserTests(BrowserFixture browser, TestDatabase database)
    : IClassFixture<BrowserFixture>, IClassFixture<TestDatabase>
{
    private const string ServiceId = "residence-permit-extension";

    [NeedsFact(Need.Chromium | Need.QrDecoder)]
    public async Task MoveFromTheEmailLink_OnAPhone_MovesToTheChosenTime()
    {
        await using var termine = LiveTermine.Start(database);
        var reference = await BookAsync(termine, "2026-12-01", "move.browser@example.org", "de");
        var (_, _, manage) = await MailboxReader.ConfirmationAsync(termine.Services, termine.Pickup, reference);
        var page = await browser.PhoneAsync("de-DE");

        await page.GotoAsync($"{termine.BaseUrl}/appointment/{manage}");
        await page.ScreenshotAsync(new() { Path = Shot("manage-de.png"), FullPage = true });
        var firstTime = page.Locator(".times label").First;
        var chosen = await page.Locator(".times input").First.GetAttributeAsync("value");
        await firstTime.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Auf die gewählte Zeit verschieben" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ihr Termin ist verschoben");
        await page.ScreenshotAsync(new() { Path = Shot("manage-de-moved.png"), FullPage = true });
        var now = await termine.Client.GetFromJsonAsync<JsonElement>($"/api/appointments/{reference}?email=move.browser@example.org");
        Assert.Equal(chosen, now.GetProperty("start").GetString());
    }

    [NeedsFact(Need.Chromium | Need.QrDecoder)]
    public async Task CancelFromTheEmailLink_InArabic_IsRightToLeftAndCancels()
    {
        await using var termine = LiveTermine.Start(database);
        var reference = await BookAsync(termine, "2026-12-02", "cancel.browser@example.org", "ar");
        var (_, _, manage) = await MailboxReader.ConfirmationAsync(termine.Services, termine.Pickup, reference);
        var page = await browser.PhoneAsync("ar");

        await page.GotoAsync($"{termine.BaseUrl}/appointment/{manage}");
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Equal("rtl", await page.Locator("main").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        await page.ScreenshotAsync(new() { Path = Shot("manage-ar.png"), FullPage = true });
        await page.Locator("button.danger").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot("manage-ar-cancelled.png"), FullPage = true });
        var now = await termine.Client.GetFromJsonAsync<JsonElement>($"/api/appointments/{reference}?email=cancel.browser@example.org");
        Assert.Equal("cancelled", now.GetProperty("status").GetString());
    }

    [NeedsFact(Need.Chromium | Need.QrDecoder)]
    public async Task TimesAreReachableByKeyboard_EachHasALabel()
    {
        await using var termine = LiveTermine.Start(database);
        var reference = await BookAsync(termine, "2026-12-03", "keyboard@example.org", "en");
        var (_, _, manage) = await MailboxReader.ConfirmationAsync(termine.Services, termine.Pickup, reference);
        var page = await browser.PhoneAsync("en-GB");

        await page.GotoAsync($"{termine.BaseUrl}/appointment/{manage}");
        var radio = page.GetByRole(AriaRole.Radio).First;
        await radio.FocusAsync();
        await page.Keyboard.PressAsync("Space");

        Assert.True(await radio.IsCheckedAsync());
        Assert.Equal(await page.Locator(".times input").CountAsync(), await page.GetByRole(AriaRole.Radio).CountAsync());
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
    }

    private static async Task<string> BookAsync(LiveTermine termine, string day, string email, string language)
    {
        var slots = await termine.Client.GetFromJsonAsync<JsonElement>($"/api/services/{ServiceId}/slots?from={day}&to={day}&limit=1");
        var response = await termine.Client.PostAsJsonAsync("/api/appointments", new
        {
            serviceId = ServiceId, start = slots[0].GetProperty("start").GetString(), fullName = "Yusuf Demir", birthDate = "1985-01-20", email, persons = 1, language,
        });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }

    private static string Shot(string name) => Path.Combine(BrowserFixture.Artifacts, name);
}
