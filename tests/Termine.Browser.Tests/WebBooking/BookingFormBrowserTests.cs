using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Termine.Booking.Appointments;
using Termine.Bot.WebBooking;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;
using Xunit.Abstractions;

namespace Termine.Browser.Tests.WebBooking;

/// <summary>
/// A resident on a phone fills the details form for a held time, checks the summary and books: by keyboard alone,
/// without JavaScript, in German and Arabic; axe-core on every step, the page weight measured.
/// </summary>
public sealed class BookingFormBrowserTests(BrowserFixture browser, TestDatabase database, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<TestDatabase>
{
    private const string ServiceId = "residence-permit-extension";

    private long _stylesheet;

    [NeedsTheory(Need.Chromium | Need.QrDecoder)]
    [InlineData("de", "de-DE", "2026-12-01", 1)]
    [InlineData("ar", "ar", "2026-12-02", 2)]
    public async Task ByKeyboardOnly_TheFormErrorsSummaryAndConfirmation_AreAxeCleanAndBook(string language, string locale, string day, int persons)
    {
        await using var termine = LiveTermine.Start(database);
        var path = await HoldAsync(termine, day, persons);
        var page = await browser.PhoneAsync(locale);
        var problems = new List<string>();

        await page.GotoAsync($"{termine.BaseUrl}{path}?lang={language}");
        problems.AddRange(await CheckAsync(page, $"form-{language}"));
        await page.Locator("#FullName").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        Assert.Equal("true", await page.Locator("#FullName").GetAttributeAsync("aria-invalid"));
        problems.AddRange(await CheckAsync(page, $"form-errors-{language}"));

        await page.Locator("#error-summary a").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await TypeAsync(page, "Amina Haddad", "Tab", "17", "Tab", "5", "Tab", "1990", "Tab", $"keyboard.{language}@example.org", "Tab", "0171 1234567");
        for (var i = 0; i < persons - 1; i++)
        {
            await TypeAsync(page, "Tab", "Yusuf Haddad", "Tab", "1", "Tab", "2", "Tab", "2016");
        }
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#book")).ToBeVisibleAsync();
        problems.AddRange(await CheckAsync(page, $"summary-{language}"));
        await page.Locator("#change").FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#reference")).ToBeVisibleAsync();
        Assert.Matches("/termin/booked/[A-Za-z0-9_-]+\\?lang=" + language + "$", page.Url);
        await Assertions.Expect(page.Locator("img#qr")).ToBeVisibleAsync();
        problems.AddRange(await CheckAsync(page, $"confirmation-{language}"));
        var reference = (await page.Locator("#reference").InnerTextAsync()).Trim();
        var (email, _, _) = await MailboxReader.ConfirmationAsync(termine.Services, termine.Pickup, reference);
        Assert.NotNull(email.QrImage);
        Assert.Empty(problems);
    }

    [NeedsFact(Need.Chromium | Need.QrDecoder)]
    public async Task WithoutJavaScript_TheFormStillBooks_AndThePagesWeighLessThan100KB()
    {
        await using var termine = LiveTermine.Start(database);
        var path = await HoldAsync(termine, "2026-12-03", 1);
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, Locale = "de-DE", JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        var weights = new List<(string Page, long Bytes)>();

        weights.Add(("form", await WeightAsync(page, () => page.GotoAsync($"{termine.BaseUrl}{path}?lang=de"))));
        await page.Locator("#FullName").FillAsync("Amina Haddad");
        await page.Locator("#BirthDay").FillAsync("17");
        await page.Locator("#BirthMonth").FillAsync("5");
        await page.Locator("#BirthYear").FillAsync("1990");
        await page.Locator("#Email").FillAsync("nojs@example.org");
        weights.Add(("summary", await WeightAsync(page, () => page.Locator("#review").ClickAsync())));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("webbooking-nojs-summary.png"), FullPage = true });
        weights.Add(("confirmation", await WeightAsync(page, () => page.Locator("#book").ClickAsync())));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("webbooking-nojs-confirmation.png"), FullPage = true });

        await Assertions.Expect(page.Locator("#reference")).ToBeVisibleAsync();
        var report = string.Join("\n", weights.Select(w => $"{w.Page}: {w.Bytes} bytes transferred (HTML and CSS as served; the QR image is inline in the confirmation's HTML)"));
        output.WriteLine(report);
        await File.WriteAllTextAsync(BrowserFixture.Shot("webbooking-page-weight.md"), report + "\n");
        Assert.All(weights, w => Assert.True(w.Bytes < 100 * 1024, $"{w.Page} weighs {w.Bytes} bytes"));
    }

    /// <summary>
    /// The bytes the browser received (headers and bodies as sent, compressed where served so) while
    /// <paramref name="action"/> loaded a page; the stylesheet, cached after the first page, counts on every page.
    /// </summary>
    private async Task<long> WeightAsync(IPage page, Func<Task> action)
    {
        var requests = new List<IRequest>();
        void OnFinished(object? sender, IRequest request) => requests.Add(request);
        page.RequestFinished += OnFinished;
        await action();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        page.RequestFinished -= OnFinished;
        long total = 0;
        foreach (var request in requests.Where(r => !r.Url.StartsWith("data:", StringComparison.Ordinal)))
        {
            var sizes = await request.SizesAsync();
            var bytes = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            if (request.Url.EndsWith("/resident.css", StringComparison.Ordinal))
            {
                _stylesheet = Math.Max(_stylesheet, bytes);
                continue;
            }

            total += bytes;
        }

        return total + _stylesheet;
    }

    private async Task<IEnumerable<string>> CheckAsync(IPage page, string where)
    {
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot($"webbooking-{where}.png"), FullPage = true });
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        var problems = (await Axe.RunAsync(page)).Select(v => $"[{where}] {v}").ToList();
        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        return overflow > 0 ? problems.Append($"[{where}] {overflow} px wider than the 390 px screen") : problems;
    }

    private static async Task TypeAsync(IPage page, params string[] steps)
    {
        foreach (var step in steps)
        {
            if (step is "Tab" or "Enter")
            {
                await page.Keyboard.PressAsync(step);
            }
            else
            {
                await page.Keyboard.TypeAsync(step);
            }
        }
    }

    private static async Task<string> HoldAsync(LiveTermine termine, string day, int persons)
    {
        var slots = await termine.Client.GetFromJsonAsync<JsonElement>($"/api/services/{ServiceId}/slots?from={day}&to={day}&persons={persons}&limit=1");
        var start = DateTimeOffset.Parse(slots[0].GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var hold = Assert.IsType<HoldResult.Held>(await termine.Services.GetRequiredService<BookingService>()
            .HoldAsync(ServiceId, start, persons, "browser-" + Guid.NewGuid(), default));
        var ticket = termine.Services.GetRequiredService<HoldTickets>()
            .Seal(new HoldTicket(hold.HoldId, ServiceId, persons, hold.Start, hold.End, hold.ExpiresAt));
        return $"/termin/{ServiceId}/details/{ticket}";
    }
}
