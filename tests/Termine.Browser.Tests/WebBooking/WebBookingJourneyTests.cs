using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Termine.Booking.Appointments;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;
using Xunit.Abstractions;

namespace Termine.Browser.Tests.WebBooking;

/// <summary>
/// A resident books on the booking pages from the first page to the e-mail, on a phone, without the chat: by keyboard
/// only, with JavaScript switched off, when someone else takes the time, and with mistakes in the form.
/// </summary>
public sealed class WebBookingJourneyTests(BrowserFixture browser, TestDatabase database, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";
    private SmtpServer _smtp = null!;

    public async Task InitializeAsync() => _smtp = await SmtpServer.StartAsync();

    public async Task DisposeAsync() => await _smtp.DisposeAsync();

    [NeedsTheory(Need.Chromium | Need.E2ePackages | Need.QrDecoder | Need.SmtpServer)]
    [InlineData("de", "de-DE")]
    [InlineData("ar", "ar-EG")]
    [InlineData("uk", "uk-UA")]
    public async Task KeyboardOnly_OnAPhone_BooksAndTheEmailBringsTheSameQrCode(string language, string locale)
    {
        await using var termine = LiveTermine.Start(database, Smtp());
        var page = await browser.PhoneAsync(locale);
        var email = $"keyboard.{language}@example.org";
        var serious = new List<string>();

        // The browser's language chooses the page's: no ?lang= anywhere in what the resident types.
        await page.GotoAsync($"{termine.BaseUrl}/termin");
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        await CheckAsync(page, serious, $"{language}-1-services");
        await KeyboardUser.ActivateAsync(page, $"a[data-service=\"{ServiceId}\"]");

        await page.WaitForURLAsync($"**/termin/{ServiceId}**");
        await CheckAsync(page, serious, $"{language}-2-service");
        await KeyboardUser.ActivateAsync(page, "button[name=\"start\"]");

        await page.WaitForURLAsync("**/details/**");
        await CheckAsync(page, serious, $"{language}-3-details");
        await KeyboardUser.TypeIntoAsync(page, "#FullName", "Olena Kovalenko");
        await KeyboardUser.TypeIntoAsync(page, "#BirthDay", "7");
        await KeyboardUser.TypeIntoAsync(page, "#BirthMonth", "3");
        await KeyboardUser.TypeIntoAsync(page, "#BirthYear", "1990");
        await KeyboardUser.TypeIntoAsync(page, "#Email", email);
        await KeyboardUser.ActivateAsync(page, "#review");

        await Assertions.Expect(page.Locator("#book")).ToBeVisibleAsync();
        await CheckAsync(page, serious, $"{language}-4-summary");
        await KeyboardUser.ActivateAsync(page, "#book");

        await page.WaitForURLAsync("**/termin/booked/**");
        await CheckAsync(page, serious, $"{language}-5-booked");
        var reference = (await page.Locator("#reference").InnerTextAsync()).Trim().Trim('\u2066', '\u2069', '\u2068');
        var pageQr = await QrDecoder.DecodeAsync(await DataUrlBytesAsync(page.Locator("img#qr")));

        var received = await ReceivedAsync(termine, reference);
        Assert.Equal(pageQr, await QrDecoder.DecodeAsync(await received.QrPngAsync()));
        Assert.Contains("/checkin/", pageQr, StringComparison.Ordinal);
        var booked = await termine.Client.GetFromJsonAsync<JsonElement>($"/api/appointments/{reference}?email={email}");
        Assert.Equal("booked", booked.GetProperty("status").GetString());
        Assert.Empty(serious);
    }

    [NeedsFact(Need.Chromium | Need.E2ePackages | Need.QrDecoder | Need.SmtpServer)]
    public async Task WithJavaScriptSwitchedOff_TheSameBookingWorks()
    {
        await using var termine = LiveTermine.Start(database, Smtp());
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, Locale = "de-DE", JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"{termine.BaseUrl}/termin");
        await page.Locator($"a[data-service=\"{ServiceId}\"]").ClickAsync();
        await page.Locator("button[name=\"start\"]").First.ClickAsync();
        await page.Locator("#FullName").FillAsync("Jonas Weber");
        await page.Locator("#BirthDay").FillAsync("12");
        await page.Locator("#BirthMonth").FillAsync("11");
        await page.Locator("#BirthYear").FillAsync("1979");
        await page.Locator("#Email").FillAsync("nojs@example.org");
        await page.Locator("#review").ClickAsync();
        await page.Locator("#book").ClickAsync();

        await page.WaitForURLAsync("**/termin/booked/**");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("webbooking-nojs-booked.png"), FullPage = true });
        var reference = (await page.Locator("#reference").InnerTextAsync()).Trim();
        var received = await ReceivedAsync(termine, reference);
        Assert.Contains(reference, received.Message.Subject, StringComparison.Ordinal);
    }

    [NeedsFact(Need.Chromium)]
    public async Task ATimeTakenBySomeoneElseBeforeBooking_SaysSoAndOffersTheNextFreeTimes()
    {
        await using var termine = LiveTermine.Start(database);
        var page = await browser.PhoneAsync("uk-UA");

        await page.GotoAsync($"{termine.BaseUrl}/termin/{ServiceId}");
        var chosen = await page.Locator("button[name=\"start\"]").First.GetAttributeAsync("value");
        await page.Locator("button[name=\"start\"]").First.ClickAsync();
        await page.WaitForURLAsync("**/details/**");
        await page.Locator("#FullName").FillAsync("Петро Шевченко");
        await page.Locator("#BirthDay").FillAsync("1");
        await page.Locator("#BirthMonth").FillAsync("2");
        await page.Locator("#BirthYear").FillAsync("1988");
        await page.Locator("#Email").FillAsync("slow@example.org");
        await page.Locator("#review").ClickAsync();

        // The resident pauses at the summary until the hold runs out, and other residents take that time at every desk.
        termine.Time.Advance(TimeSpan.FromMinutes(11));
        var others = 0;
        while (true)
        {
            var other = await termine.Client.PostAsJsonAsync("/api/appointments", new
            {
                serviceId = ServiceId, start = chosen, fullName = "Anna Schmidt", birthDate = "1990-05-05",
                email = $"fast{others}@example.org", persons = 1, language = "de",
            });
            if (other.StatusCode != System.Net.HttpStatusCode.Created)
            {
                break;
            }

            others++;
        }

        Assert.True(others > 0, "no other resident could take the time the hold had let go");
        await page.Locator("#book").ClickAsync();

        await Assertions.Expect(page.Locator("#taken")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("webbooking-uk-taken.png"), FullPage = true });
        var next = page.Locator("form.next-times button[name=\"start\"]");
        Assert.True(await next.CountAsync() > 0, "the taken page offers no next free times");
        var nextStart = await next.First.GetAttributeAsync("value");
        Assert.NotEqual(chosen, nextStart);

        // Nothing typed is lost: the next time leads straight to the summary with the same details.
        await next.First.ClickAsync();
        await Assertions.Expect(page.Locator("#book")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Петро Шевченко");
        Assert.DoesNotContain("Петро", Uri.UnescapeDataString(page.Url), StringComparison.Ordinal);
        await page.Locator("#book").ClickAsync();
        await page.WaitForURLAsync("**/termin/booked/**");
        var reference = (await page.Locator("#reference").InnerTextAsync()).Trim().Trim('\u2066', '\u2069', '\u2068');
        var booked = await termine.Client.GetFromJsonAsync<JsonElement>($"/api/appointments/{reference}?email=slow@example.org");
        Assert.Equal(DateTimeOffset.Parse(nextStart!, System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(booked.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [NeedsFact(Need.Chromium)]
    public async Task ADoubleClickOnATime_HoldsOneDesk()
    {
        await using var termine = LiveTermine.Start(database);
        var page = await browser.PhoneAsync("de-DE");

        await page.GotoAsync($"{termine.BaseUrl}/termin/{ServiceId}");
        // The first request is held back a moment, as on a slow line, so the second press comes while it is under way.
        var posts = 0;
        await page.RouteAsync("**/*handler=Hold*", async route =>
        {
            Interlocked.Increment(ref posts);
            await Task.Delay(700);
            try
            {
                await route.ContinueAsync();
            }
            catch (PlaywrightException)
            {
                // The browser gave this request up for a newer one.
            }
        });
        var time = page.Locator("form.times button[name=\"start\"]").First;
        // Two presses 200 ms apart, each its own task, as a person's double click or second tap.
        await time.EvaluateAsync("b => { b.click(); setTimeout(() => b.click(), 200); }");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/details/"));

        Assert.Equal(1, posts);

        await using var db = await termine.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Appointments.CountAsync(a => a.Status == AppointmentStatus.Held));
    }

    private Dictionary<string, string?> Smtp() => new()
    {
        ["Termine:Mail:Smtp:Host"] = "127.0.0.1",
        ["Termine:Mail:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Termine:Mail:Smtp:Security"] = "None",
        ["Termine:Mail:Smtp:Timeout"] = "00:00:05",
    };

    private async Task CheckAsync(IPage page, List<string> serious, string name)
    {
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot($"webbooking-{name}.png"), FullPage = true });
        serious.AddRange(await Axe.SeriousAsync(page, output, name));
    }

    /// <summary>The confirmation e-mail with that reference, as the SMTP server received it.</summary>
    private async Task<ReceivedEmail> ReceivedAsync(LiveTermine termine, string reference)
    {
        await termine.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);
        foreach (var file in _smtp.Received())
        {
            var email = await ReceivedEmail.LoadAsync(file);
            if (email.Message.Subject?.Contains(reference, StringComparison.Ordinal) == true)
            {
                return email;
            }
        }

        throw new Xunit.Sdk.XunitException($"The SMTP server received no e-mail about {reference}.");
    }

    private static async Task<byte[]> DataUrlBytesAsync(ILocator image)
    {
        var source = await image.GetAttributeAsync("src") ?? "";
        Assert.StartsWith("data:image/", source, StringComparison.Ordinal);
        return Convert.FromBase64String(source[(source.IndexOf(',', StringComparison.Ordinal) + 1)..]);
    }
}
