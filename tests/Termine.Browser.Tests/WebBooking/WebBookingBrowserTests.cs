using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Termine.Bot.WebBooking;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Prerequisites;
using Xunit.Abstractions;

namespace Termine.Browser.Tests.WebBooking;

/// <summary>
/// The services page and a service's week of free times in headless Chromium on a phone: axe-core, keyboard only,
/// without JavaScript, and what the pages weigh as transferred. The test clock stands at Tuesday, 24 November 2026.
/// </summary>
public sealed partial class WebBookingBrowserTests(BrowserFixture browser, TestDatabase database, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<TestDatabase>
{
    private const string ServiceId = "residence-permit-extension";

    /// <summary>HTML and CSS of one page, compressed as served, without the QR image the confirmation adds later.</summary>
    private const long MaxPageBytes = 100 * 1024;

    [NeedsTheory(Need.Chromium)]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task BothPages_OnAPhone_FitTheScreen_AndAxeFindsNothing(string language)
    {
        await using var termine = LiveTermine.Start(database);
        var page = await browser.PhoneAsync(language);

        foreach (var (name, path) in new[] { ("services", $"/termin?lang={language}"), ("service", $"/termin/{ServiceId}?lang={language}&week=2026-12-21") })
        {
            var response = await page.GotoAsync(termine.BaseUrl + path);
            await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot($"webbooking-{name}-{language}.png"), FullPage = true });

            Assert.Equal(200, response!.Status);
            Assert.Equal(language == "ar" ? "rtl" : "ltr", await page.Locator("main").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow} px wider than the 390 px screen");
            var violations = await Axe.RunAsync(page);
            foreach (var violation in violations)
            {
                output.WriteLine($"[{path}] {violation}");
            }

            Assert.Empty(violations);
        }

        // The holiday is named on the page the resident sees.
        await Assertions.Expect(page.Locator("#day-2026-12-25 + .day-reason")).ToContainTextAsync(language == "ar" ? "عيد الميلاد" : "1. Weihnachtstag");
        var smallest = await page.Locator("form.times button").First.BoundingBoxAsync();
        Assert.True(smallest is { Height: >= 44, Width: >= 44 }, $"a time button is {smallest?.Width}×{smallest?.Height} px");
    }

    [NeedsFact(Need.Chromium)]
    public async Task KeyboardOnly_FromThePageTopToATime_HoldsItAndOpensTheDetails()
    {
        await using var termine = LiveTermine.Start(database);
        var page = await browser.PhoneAsync("uk-UA");
        await page.GotoAsync($"{termine.BaseUrl}/termin?lang=uk");

        await KeyboardUser.FocusByTabAsync(page, $"a[data-service=\"{ServiceId}\"]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex($"/termin/{ServiceId}\\?lang=uk$"));
        await KeyboardUser.FocusByTabAsync(page, "form.times button[name=\"start\"]");
        var chosen = await page.EvaluateAsync<string>("() => document.activeElement.value");
        var focusRing = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("webbooking-keyboard-uk.png") });
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex($"/termin/{ServiceId}/details/[A-Za-z0-9_-]+\\?lang=uk$"));

        Assert.NotEqual("none", focusRing);
        AssertTicketHolds(termine, page.Url, chosen);
    }

    [NeedsFact(Need.Chromium)]
    public async Task WithJavaScriptDisabled_TheFilterAndTheHoldStillWork()
    {
        await using var termine = LiveTermine.Start(database);
        var page = await browser.PhoneAsync("de-DE");
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Emulation.setScriptExecutionDisabled", new() { ["value"] = true });

        await page.GotoAsync($"{termine.BaseUrl}/termin?lang=de");
        await page.Locator($"a[data-service=\"{ServiceId}\"]").ClickAsync();
        await page.Locator("#part-afternoon").CheckAsync();
        await page.Locator("#weekday").SelectOptionAsync("thursday");
        await page.Locator("#filter button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new Regex("part=afternoon&weekday=thursday"));
        // The one script (a second press ignored) is an enhancement: with scripts off the page does everything.
        Assert.Equal(["webbooking"], (await page.Locator("script").EvaluateAllAsync<string[]>("s => s.map(e => e.src)"))
            .Select(src => Path.GetFileNameWithoutExtension(new Uri(src).AbsolutePath).Split('.')[0]));
        var time = page.Locator("form.times button[name=\"start\"]").First;
        var chosen = await time.GetAttributeAsync("value");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("webbooking-nojs-de.png"), FullPage = true });
        await time.ClickAsync();
        await page.WaitForURLAsync(new Regex($"/termin/{ServiceId}/details/"));

        var start = DateTimeOffset.Parse(chosen!, CultureInfo.InvariantCulture);
        Assert.Equal((DayOfWeek.Thursday, true), (start.DayOfWeek, start.Hour >= 12));
        AssertTicketHolds(termine, page.Url, chosen!);
    }

    [NeedsFact(Need.Chromium)]
    public async Task EachPage_TransfersLessThan100KB()
    {
        await using var termine = LiveTermine.Start(database);
        var page = await browser.PhoneAsync("de-DE");
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var transferred = new Dictionary<string, long>();
        var urls = new Dictionary<string, string>();
        cdp.Event("Network.responseReceived").OnEvent += (_, e) =>
        {
            if (e is { } json)
            {
                urls[json.GetProperty("requestId").GetString()!] = json.GetProperty("response").GetProperty("url").GetString()!;
            }
        };
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
        {
            if (e is { } json)
            {
                transferred[json.GetProperty("requestId").GetString()!] = (long)json.GetProperty("encodedDataLength").GetDouble();
            }
        };
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.setCacheDisabled", new() { ["cacheDisabled"] = true });

        var figures = new List<string>();
        foreach (var path in new[] { "/termin?lang=de", $"/termin/{ServiceId}?lang=de", $"/termin/{ServiceId}?lang=ar&week=2026-12-07" })
        {
            transferred.Clear();
            urls.Clear();
            await page.GotoAsync(termine.BaseUrl + path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            var total = transferred.Sum(t => t.Value);
            figures.Add($"{path}: {total} bytes ({string.Join(", ", transferred.Select(t => $"{Path.GetFileName(new Uri(urls.GetValueOrDefault(t.Key, termine.BaseUrl)).AbsolutePath)} {t.Value}"))})");
            Assert.True(total is > 0 and < MaxPageBytes, $"{path} transferred {total} bytes");
        }

        foreach (var figure in figures)
        {
            output.WriteLine(figure);
        }

        await File.WriteAllLinesAsync(Path.Combine(BrowserFixture.Artifacts, "..", "webbooking-weight.md"), figures);
    }

    private static void AssertTicketHolds(LiveTermine termine, string url, string chosen)
    {
        var ticket = Regex.Match(url, "/details/([^?]+)").Groups[1].Value;
        Assert.True(termine.Services.GetRequiredService<HoldTickets>().TryOpen(ticket, out var hold), $"{url} carries no ticket");
        Assert.Equal((ServiceId, DateTimeOffset.Parse(chosen, CultureInfo.InvariantCulture)), (hold.ServiceId, hold.Start));
    }
}
