using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;
using Xunit.Abstractions;

namespace Termine.Browser.Tests;

/// <summary>
/// The imprint, privacy notice and accessibility statement on a phone in German, Arabic and Ukrainian; the check-in
/// page on a day that is not the appointment's; the move page's days.
/// </summary>
public sealed class LegalPagesBrowserTests(BrowserFixture browser, TestDatabase database, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<TestDatabase>
{
    private const string ServiceId = "residence-permit-extension";

    public static TheoryData<string, string> PagesInThreeLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "impressum", "datenschutz", "barrierefreiheit" })
        {
            foreach (var language in new[] { "de", "ar", "uk" })
            {
                data.Add(page, language);
            }
        }

        return data;
    }

    [NeedsTheory(Need.Chromium)]
    [MemberData(nameof(PagesInThreeLanguages))]
    public async Task LegalPage_OnAPhone_FitsTheScreen_AndAxeFindsNothing(string path, string language)
    {
        await using var termine = LiveTermine.Start(database);
        var page = await browser.PhoneAsync(language);

        var response = await page.GotoAsync($"{termine.BaseUrl}/{path}?lang={language}");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot($"legal-{path}-{language}.png"), FullPage = true });

        Assert.Equal(200, response!.Status);
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(language == "ar" ? "rtl" : "ltr", await page.Locator("main").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link)).ToHaveCountAsync(3);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"/{path}?lang={language} is {overflow} px wider than the 390 px screen");
        var violations = await Axe.RunAsync(page);
        foreach (var violation in violations)
        {
            output.WriteLine($"[{path} {language}] {violation}");
        }

        Assert.Empty(violations);
    }

    [NeedsFact(Need.Chromium)]
    public async Task LanguageSwitch_OnALegalPage_WorksWithoutJavaScript()
    {
        await using var termine = LiveTermine.Start(database);
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, Locale = "de-DE", ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"{termine.BaseUrl}/datenschutz");
        await page.GetByRole(AriaRole.Link, new() { Name = "العربية" }).ClickAsync();

        Assert.Equal("ar", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.EndsWith("/datenschutz?lang=ar", page.Url, StringComparison.Ordinal);
        await context.CloseAsync();
    }

    [NeedsFact(Need.Chromium | Need.QrDecoder)]
    public async Task CheckInPage_SixDaysEarly_SaysSoAndOffersNoButton()
    {
        await using var termine = LiveTermine.Start(database);
        // The test clock stands at 24 November 2026; the appointment is six days later.
        var reference = await BookAsync(termine, "2026-11-30", "early.browser@example.org", "uk");
        var (_, token, _) = await MailboxReader.ConfirmationAsync(termine.Services, termine.Pickup, reference);
        var page = await browser.PhoneAsync("uk-UA");

        await page.GotoAsync($"{termine.BaseUrl}/checkin/{token}");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("checkin-early-uk.png"), FullPage = true });

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("30 листопада 2026");
        await Assertions.Expect(page.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        Assert.Empty(await Axe.RunAsync(page));
    }

    [NeedsFact(Need.Chromium | Need.QrDecoder)]
    public async Task MovePage_GroupsTimesByDay_AndTheButtonIsInViewWithoutScrolling()
    {
        await using var termine = LiveTermine.Start(database);
        var reference = await BookAsync(termine, "2026-12-01", "days.browser@example.org", "ar");
        var (_, _, manage) = await MailboxReader.ConfirmationAsync(termine.Services, termine.Pickup, reference);
        var page = await browser.PhoneAsync("ar");

        await page.GotoAsync($"{termine.BaseUrl}/appointment/{manage}");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("manage-days-ar.png"), FullPage = true });

        var days = page.GetByRole(AriaRole.Group);
        Assert.True(await days.CountAsync() >= 2, "the free times are not grouped by day");
        var names = await page.Locator("fieldset.day > legend").AllInnerTextsAsync();
        Assert.Equal(names.Count, names.Distinct().Count());
        var button = page.Locator(".move-action button");
        var box = await button.BoundingBoxAsync();
        Assert.True(box is not null && box.Y + box.Height <= 844, $"the move button is at {box?.Y} px, below the screen");
        // Scrolled to the last day, the button is still in view.
        await page.Locator("fieldset.day").Last.ScrollIntoViewIfNeededAsync();
        var after = await button.BoundingBoxAsync();
        var scroll = await page.EvaluateAsync<double>("() => window.scrollY");
        Assert.True(after is not null && after.Y >= 0 && after.Y + after.Height <= 844, $"the move button left the screen after scrolling to {scroll}");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the move page is {overflow} px wider than the screen");
        Assert.Empty(await Axe.RunAsync(page));
    }

    private static async Task<string> BookAsync(LiveTermine termine, string day, string email, string language)
    {
        var slots = await termine.Client.GetFromJsonAsync<JsonElement>($"/api/services/{ServiceId}/slots?from={day}&to={day}&limit=1");
        var response = await termine.Client.PostAsJsonAsync("/api/appointments", new
        {
            serviceId = ServiceId, start = slots[0].GetProperty("start").GetString(), fullName = "Olena Kovalenko", birthDate = "1990-04-12", email, persons = 1, language,
        });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }
}
