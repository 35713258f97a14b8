using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;
using Termine.Bot.Dialogs.Booking.Offers;
using Termine.Bot.WebBooking;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Http;

namespace Termine.Bot.Tests.WebBooking;

/// <summary>
/// The services page and the service page with its week of free times and the hold, through real HTTP on a real
/// database. The clock stands at Tuesday, 24 November 2026, 09:00 in the office, so every day below is fixed.
/// </summary>
public sealed partial class WebBookingPagesTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    /// <summary>Employment team: two desks, 30 minutes, 24 hours' notice, 90 days ahead.</summary>
    private const string BlueCard = "eu-blue-card";

    /// <summary>Residence team: four desks, 30 minutes, 12 hours' notice, 90 days ahead (until 22 February 2027).</summary>
    private const string Extension = "residence-permit-extension";

    private readonly TestDatabase _database;
    private TermineFactory _factory = null!;
    private HttpClient _client = null!;

    public WebBookingPagesTests(TestDatabase database) => _database = database;

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(_database, configureServices: TestClientAddress.AddTo);
        _client = NewClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task TheLanguageSwitch_KeepsTheWeekAndTheFilter()
    {
        var html = await _client.GetStringAsync($"/termin/{Extension}?lang=de&week=2026-12-07&part=afternoon&persons=2");

        Assert.Contains("href=\"?week=2026-12-07&amp;part=afternoon&amp;persons=2&amp;lang=uk\"", html);
        Assert.Contains("href=\"?week=2026-12-07&amp;part=afternoon&amp;persons=2&amp;lang=ar\"", html);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("tr")]
    [InlineData("ar")]
    [InlineData("ru")]
    [InlineData("uk")]
    public async Task ServicesPage_ListsEveryServiceInTheCatalogsOrder_LinkedInTheLanguage(string language)
    {
        var response = await _client.GetAsync($"/termin?lang={language}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{language}\" dir=\"{(language == "ar" ? "rtl" : "ltr")}\">", html, StringComparison.Ordinal);
        var services = _factory.Services.GetRequiredService<ServiceCatalog>().Services;
        var links = Regex.Matches(html, "<a data-service=\"([^\"]+)\" href=\"([^\"]+)\">").Select(m => (Id: m.Groups[1].Value, Href: m.Groups[2].Value)).ToList();
        Assert.Equal(services.Select(s => s.Id), links.Select(l => l.Id));
        Assert.All(links, l => Assert.Equal($"/termin/{l.Id}?lang={language}", l.Href));
        var text = WithoutIsolates(html);
        Assert.All(services, s => Assert.Contains(s.Name[language], text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServicesPage_WithoutLang_FollowsTheBrowsersLanguage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/termin");
        request.Headers.AcceptLanguage.ParseAdd("uk,en;q=0.5");

        var html = await (await _client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"uk\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServicePage_ShowsExplanationDocumentsAndDuration_ForTheChosenPersons()
    {
        var service = Catalog.Find(Extension)!;

        var html = WithoutIsolates(await _client.GetStringAsync($"/termin/{Extension}?lang=de&persons=3"));

        Assert.Contains(service.Description["de"], html, StringComparison.Ordinal);
        Assert.All(service.Documents, d => Assert.Contains($"<strong>{d.Name["de"]}</strong>: {d.Note["de"]}", html, StringComparison.Ordinal));
        Assert.Contains("Dauer Ihres Termins: 60 Minuten", html, StringComparison.Ordinal);
        Assert.Contains("<form id=\"filter\" method=\"get\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"3\" selected=\"selected\">3</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Week_ChristmasShowsTheHolidaysByName_InGermanAndArabic()
    {
        var german = await _client.GetStringAsync($"/termin/{Extension}?lang=de&week=2026-12-21");
        var arabic = WithoutIsolates(await _client.GetStringAsync($"/termin/{Extension}?lang=ar&week=2026-12-21"));

        Assert.Equal("Heiligabend: An diesem Tag haben wir geschlossen.", DayReason(german, "2026-12-24"));
        Assert.Equal("Feiertag: 1. Weihnachtstag. Wir haben geschlossen.", DayReason(german, "2026-12-25"));
        Assert.Equal("Feiertag: 2. Weihnachtstag. Wir haben geschlossen.", DayReason(german, "2026-12-26"));
        Assert.Contains(SlotOfferText.HolidayName(HolidayKind.ChristmasDay, "ar"), DayReason(arabic, "2026-12-25"), StringComparison.Ordinal);
        Assert.NotEmpty(TimesOn(german, "2026-12-21"));
    }

    [Fact]
    public async Task Week_AClosedWeekday_ADayGone_AndTooShortNotice_EachSaySo()
    {
        var html = await _client.GetStringAsync($"/termin/{Extension}?lang=de&week=2026-11-23");

        Assert.Equal("Dieser Tag ist vorbei.", DayReason(html, "2026-11-23"));
        Assert.Equal("Zu kurzfristig: Für dieses Anliegen buchen Sie bitte mindestens 12 Stunden vorher.", DayReason(html, "2026-11-24"));
        Assert.Equal("An diesem Wochentag haben wir geschlossen.", DayReason(html, "2026-11-28"));
        Assert.Equal("An diesem Wochentag haben wir geschlossen.", DayReason(html, "2026-11-29"));
        Assert.NotEmpty(TimesOn(html, "2026-11-25"));
    }

    [Fact]
    public async Task Week_AFullyBookedDay_SaysItIsTaken()
    {
        await FillAsync(BlueCard, new DateOnly(2026, 12, 2));

        var html = await _client.GetStringAsync($"/termin/{BlueCard}?lang=de&week=2026-11-30");

        Assert.Equal("Alle Termine an diesem Tag sind vergeben.", DayReason(html, "2026-12-02"));
        Assert.NotEmpty(TimesOn(html, "2026-12-03"));
    }

    [Fact]
    public async Task Week_BeyondTheHorizon_SaysUntilWhen_AndOffersNoLaterWeek()
    {
        var html = await _client.GetStringAsync($"/termin/{Extension}?lang=de&week=2027-03-15");

        Assert.Contains("id=\"day-2027-02-22\"", html, StringComparison.Ordinal);
        Assert.NotEmpty(TimesOn(html, "2027-02-22"));
        Assert.Equal("Noch nicht buchbar: Für dieses Anliegen vergeben wir Termine bis zum 22. Februar.", DayReason(html, "2027-02-23"));
        Assert.DoesNotContain("rel=\"next\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\" href=\"/termin/residence-permit-extension?lang=de&amp;week=2027-02-15\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Week_Paging_NoEarlierThanThisWeek_AndTheFilterKept()
    {
        var first = await _client.GetStringAsync($"/termin/{Extension}?lang=fr&week=2026-11-02");
        var second = await _client.GetStringAsync($"/termin/{Extension}?lang=fr&week=2026-12-01&persons=2&part=morning");

        Assert.Contains("id=\"day-2026-11-23\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\" href=\"/termin/residence-permit-extension?lang=fr&amp;week=2026-11-30\"", first, StringComparison.Ordinal);
        Assert.Contains("id=\"day-2026-11-30\"", second, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\" href=\"/termin/residence-permit-extension?lang=fr&amp;persons=2&amp;week=2026-11-23&amp;part=morning\"", second, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\" href=\"/termin/residence-permit-extension?lang=fr&amp;persons=2&amp;week=2026-12-07&amp;part=morning\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Week_WithoutAWeek_ShowsTheWeekOfTheNearestFreeTime_NearestFirst()
    {
        var html = await _client.GetStringAsync($"/termin/{Extension}?lang=de");

        var nearest = html.IndexOf("id=\"nearest\"", StringComparison.Ordinal);
        Assert.True(nearest > 0 && nearest < html.IndexOf("id=\"week-heading\"", StringComparison.Ordinal), "the nearest time comes before the week");
        Assert.Contains("Mittwoch, 25. November 2026 um 08:00 Uhr", html[nearest..], StringComparison.Ordinal);
        Assert.Contains("id=\"day-2026-11-25\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filter_Afternoon_OnlyTimesFromNoon_AndAMorningOnlyDaySaysItIsClosedThen()
    {
        var html = await _client.GetStringAsync($"/termin/{Extension}?lang=de&week=2026-11-30&part=afternoon");

        var times = Regex.Matches(html, "name=\"start\" value=\"\\d{4}-\\d\\d-\\d\\dT(\\d\\d):").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(times);
        Assert.All(times, hour => Assert.True(hour >= 12, $"{hour}:xx is not in the afternoon"));
        Assert.Equal("Zu dieser Tageszeit haben wir an diesem Tag geschlossen.", DayReason(html, "2026-12-02"));
        Assert.Contains("id=\"part-afternoon\" name=\"part\" value=\"afternoon\" checked=\"checked\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filter_MorningOnThursdays_ShowsOnlyThursdayMornings()
    {
        var html = await _client.GetStringAsync($"/termin/{Extension}?lang=en&part=morning&weekday=thursday&week=2026-12-07");

        var days = Regex.Matches(html, "<h3 id=\"day-([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["2026-12-10"], days);
        var starts = Regex.Matches(html, "name=\"start\" value=\"([^\"]+)\"").Select(m => DateTimeOffset.Parse(WebUtility.HtmlDecode(m.Groups[1].Value), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(starts);
        Assert.All(starts, s => Assert.True(s.DayOfWeek == DayOfWeek.Thursday && s.Hour < 12, $"{s} is no Thursday morning"));
    }

    [Fact]
    public async Task Hold_RedirectsWithATicketThatOpensToTheHold()
    {
        var page = await _client.GetStringAsync($"/termin/{Extension}?lang=tr&week=2026-12-07&persons=2");
        var start = TimesOn(page, "2026-12-08")[0];

        var response = await _client.PostAsync($"/termin/{Extension}?handler=Hold&lang=tr", HoldForm(page, start, persons: 2));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var match = Regex.Match(location, $"^/termin/{Extension}/details/([A-Za-z0-9_-]+)\\?lang=tr$");
        Assert.True(match.Success, location);
        Assert.True(_factory.Services.GetRequiredService<HoldTickets>().TryOpen(match.Groups[1].Value, out var ticket));
        Assert.Equal((Extension, 2, DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture)), (ticket.ServiceId, ticket.Persons, ticket.Start));
        await using var db = await Contexts.CreateDbContextAsync();
        var held = await db.Appointments.SingleAsync(a => a.Id == ticket.HoldId);
        Assert.Equal((AppointmentStatus.Held, 2), (held.Status, held.Persons));
    }

    [Fact]
    public async Task Hold_ATimeJustTaken_SaysSo_AndOffersTheNextFreeTimes()
    {
        var page = await _client.GetStringAsync($"/termin/{BlueCard}?lang=ru&week=2026-12-07");
        var start = TimesOn(page, "2026-12-09")[0];
        await TakeAsync(BlueCard, DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), desks: 2);

        var response = await _client.PostAsync($"/termin/{BlueCard}?handler=Hold&lang=ru", HoldForm(page, start));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var taken = Regex.Match(html, "<div id=\"taken\" role=\"alert\"[\\s\\S]*?</div>").Value;
        Assert.Contains("Это время только что заняли", taken, StringComparison.Ordinal);
        var offered = Regex.Matches(taken, "name=\"start\" value=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(offered);
        Assert.DoesNotContain(start, offered);
        Assert.Contains("<html lang=\"ru\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hold_AboveTheClientsHoldLimit_SaysWhy()
    {
        var page = await _client.GetStringAsync($"/termin/{Extension}?lang=de&week=2026-12-14");
        var times = TimesOn(page, "2026-12-15");

        var first = await _client.PostAsync($"/termin/{Extension}?handler=Hold&lang=de", HoldForm(page, times[0]));
        var second = await _client.PostAsync($"/termin/{Extension}?handler=Hold&lang=de", HoldForm(page, times[1]));
        var third = await _client.PostAsync($"/termin/{Extension}?handler=Hold&lang=de", HoldForm(page, times[2]));
        var html = await third.Content.ReadAsStringAsync();

        Assert.Equal([HttpStatusCode.SeeOther, HttpStatusCode.SeeOther], new[] { first.StatusCode, second.StatusCode });
        Assert.Contains("id=\"hold-problem\" role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("Sie haben schon mehrere Termine ausgewählt", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hold_WithThePreviousTicket_ReleasesThePreviousHold()
    {
        var page = await _client.GetStringAsync($"/termin/{Extension}?lang=de&week=2026-12-14");
        var times = TimesOn(page, "2026-12-17");
        var first = await _client.PostAsync($"/termin/{Extension}?handler=Hold&lang=de", HoldForm(page, times[0]));
        var previous = Regex.Match(first.Headers.Location!.OriginalString, "/details/([^?]+)").Groups[1].Value;

        var back = await _client.GetStringAsync($"/termin/{Extension}?lang=de&week=2026-12-14&previous={previous}");
        var second = await _client.PostAsync($"/termin/{Extension}?handler=Hold&lang=de", HoldForm(back, times[1], previous: previous));

        Assert.Contains($"name=\"previous\" value=\"{previous}\"", back, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.True(_factory.Services.GetRequiredService<HoldTickets>().TryOpen(previous, out var ticket));
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.Equal(AppointmentStatus.Expired, (await db.Appointments.SingleAsync(a => a.Id == ticket.HoldId)).Status);
        Assert.False(await db.SlotClaims.AnyAsync(c => c.AppointmentId == ticket.HoldId));
    }

    [Fact]
    public async Task Hold_WithoutTheAntiForgeryToken_IsRefused()
    {
        var page = await _client.GetStringAsync($"/termin/{Extension}?lang=de&week=2026-12-21");
        var start = TimesOn(page, "2026-12-21")[0];

        var response = await _client.PostAsync(
            $"/termin/{Extension}?handler=Hold&lang=de",
            new FormUrlEncodedContent([new("start", start), new("persons", "1"), new("lang", "de")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = await Contexts.CreateDbContextAsync();
        // In UTC: PostgreSQL's timestamptz takes only offset 0.
        var instant = DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();
        Assert.False(await db.Appointments.AnyAsync(a => a.ServiceId == Extension && a.Start == instant));
    }

    [Fact]
    public async Task UnknownService_Is404_ForThePageAndTheHold()
    {
        var page = await _client.GetStringAsync($"/termin/{Extension}?lang=de&week=2026-12-21");

        var get = await _client.GetAsync("/termin/no-such-service?lang=de");
        var post = await _client.PostAsync("/termin/no-such-service?handler=Hold&lang=de", HoldForm(page, TimesOn(page, "2026-12-22")[0]));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task PersonsAboveTheMaximum_AreAnErrorNextToTheField_OnTheFilterAndTheHold()
    {
        var page = await _client.GetStringAsync($"/termin/{Extension}?lang=de&week=2026-12-21");

        var get = await _client.GetAsync($"/termin/{Extension}?lang=de&persons=7");
        var post = await _client.PostAsync($"/termin/{Extension}?handler=Hold&lang=de", HoldForm(page, TimesOn(page, "2026-12-22")[1], persons: 9));
        var getHtml = await get.Content.ReadAsStringAsync();
        var postHtml = await post.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Contains("id=\"persons-error\" class=\"error-message\">Ein Termin ist für 1 bis 6 Personen möglich.</p>", getHtml, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"persons-error\"", getHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"times\"", getHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("Diese Zeit ist nicht buchbar", postHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"persons-error\"", postHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hold_AStartThatIsNoSlot_IsA400Page()
    {
        var page = await _client.GetStringAsync($"/termin/{Extension}?lang=en&week=2026-12-21");

        var response = await _client.PostAsync($"/termin/{Extension}?handler=Hold&lang=en", HoldForm(page, "2026-12-22T08:07:00+01:00"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This time cannot be booked", html, StringComparison.Ordinal);
        Assert.Contains("class=\"times\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooManyRequests_IsAnHtmlPageInTheResidentsLanguage()
    {
        await using var factory = new TermineFactory(_database, new Dictionary<string, string?> { ["Termine:RateLimiting:ReadsPerMinute"] = "2" }, TestClientAddress.AddTo);
        using var client = TestClientAddress.From(factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") }), "10.9.9.9");

        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await client.GetAsync("/termin?lang=fr");
        }

        var html = await last.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Equal("text/html", last.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Veuillez patienter</h1>", html, StringComparison.Ordinal);
    }

    private ServiceCatalog Catalog => _factory.Services.GetRequiredService<ServiceCatalog>();

    private IDbContextFactory<BookingDbContext> Contexts => _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>();

    /// <summary>A client of its own address, so holds of one test never count against another's limit.</summary>
    private HttpClient NewClient()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            // https: outside Development the anti-forgery cookie is Secure (__Host-).
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });
        return TestClientAddress.From(client, $"10.{Random.Shared.Next(1, 250)}.{Random.Shared.Next(1, 250)}.{Random.Shared.Next(1, 250)}");
    }

    /// <summary>Holds every free time of a day under other clients' names.</summary>
    private async Task FillAsync(string serviceId, DateOnly day)
    {
        var finder = _factory.Services.GetRequiredService<SlotFinder>();
        var booking = _factory.Services.GetRequiredService<BookingService>();
        var client = 0;
        while (await finder.FindAsync(new SlotQuery(serviceId, day, day), CancellationToken.None) is { Count: > 0 } free)
        {
            foreach (var slot in free)
            {
                Assert.IsType<HoldResult.Held>(await booking.HoldAsync(serviceId, slot.Start, 1, $"test:fill:{client++}", CancellationToken.None));
            }
        }
    }

    private async Task TakeAsync(string serviceId, DateTimeOffset start, int desks)
    {
        var booking = _factory.Services.GetRequiredService<BookingService>();
        for (var i = 0; i < desks; i++)
        {
            Assert.IsType<HoldResult.Held>(await booking.HoldAsync(serviceId, start, 1, $"test:take:{Guid.NewGuid():N}", CancellationToken.None));
        }
    }

    private static FormUrlEncodedContent HoldForm(string page, string start, int persons = 1, string? previous = null) =>
        new([
            new("__RequestVerificationToken", AntiForgery().Match(page).Groups[1].Value),
            new("start", start), new("persons", persons.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            .. previous is null ? Array.Empty<KeyValuePair<string, string>>() : [new("previous", previous)],
        ]);

    /// <summary>The times offered on a day of the week view (their button values).</summary>
    private static IReadOnlyList<string> TimesOn(string html, string day)
    {
        var section = DaySection(html, day);
        return Regex.Matches(section, "name=\"start\" value=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
    }

    /// <summary>The sentence a day without times shows.</summary>
    private static string DayReason(string html, string day)
    {
        var reason = Regex.Match(DaySection(html, day), "<p class=\"day-reason\">([^<]*)</p>");
        Assert.True(reason.Success, $"{day} shows no reason");
        return WebUtility.HtmlDecode(reason.Groups[1].Value);
    }

    private static string DaySection(string html, string day)
    {
        var start = html.IndexOf($"<h3 id=\"day-{day}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{day} is not in the week shown");
        var end = html.IndexOf("<h3 ", start + 1, StringComparison.Ordinal);
        return end < 0 ? html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)] : html[start..end];
    }

    private static string WithoutIsolates(string html) => html.Replace("<bdi dir=\"ltr\">", "", StringComparison.Ordinal).Replace("</bdi>", "", StringComparison.Ordinal);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();
}
