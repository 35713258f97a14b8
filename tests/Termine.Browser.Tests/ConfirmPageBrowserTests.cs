using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Termine.Booking.Persistence;
using Termine.Bot.SelfService;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;

namespace Termine.Browser.Tests;

/// <summary>A resident opens the reminder's "Yes, I will come" link on a phone and confirms; the page passes axe.</summary>
public sealed class ConfirmPageBrowserTests(BrowserFixture browser, TestDatabase database)
    : IClassFixture<BrowserFixture>, IClassFixture<TestDatabase>
{
    private const string ServiceId = "residence-permit-extension";

    [NeedsFact(Need.Chromium | Need.QrDecoder)]
    public async Task ConfirmInArabic_OnAPhone_IsRightToLeft_PassesAxe_AndConfirms()
    {
        await using var termine = LiveTermine.Start(database);
        var reference = await BookAsync(termine, "2026-12-04", "confirm.browser@example.org", "ar");
        var (_, _, manage) = await MailboxReader.ConfirmationAsync(termine.Services, termine.Pickup, reference);
        var page = await browser.PhoneAsync("ar");

        await page.GotoAsync($"{termine.BaseUrl}/appointment/{manage}/confirm");
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Empty(await Axe.RunAsync(page));
        await page.ScreenshotAsync(new() { Path = Shot("confirm-ar.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = PageTexts.Texts["Confirm.Button", "ar"] }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(PageTexts.Texts["Confirm.Done", "ar"]);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = PageTexts.Texts["Confirm.Button", "ar"] })).ToHaveCountAsync(0);
        Assert.Empty(await Axe.RunAsync(page));
        await page.ScreenshotAsync(new() { Path = Shot("confirm-ar-done.png"), FullPage = true });
        await using var db = await termine.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        Assert.NotNull(await db.Appointments.Where(a => a.Reference == reference).Select(a => a.ReconfirmedAt).SingleAsync());
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
