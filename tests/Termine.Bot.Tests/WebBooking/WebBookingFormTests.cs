using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.Bot.WebBooking;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;

namespace Termine.Bot.Tests.WebBooking;

/// <summary>
/// The details form, its summary, booking and the confirmation page, through the whole host: holds made with the
/// core and sealed as the time page seals them, forms posted with their anti-forgery token as a browser posts them.
/// </summary>
public sealed partial class WebBookingFormTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";
    private readonly TestDatabase _database;
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private TermineFactory _factory = null!;
    private HttpClient _client = null!;

    public WebBookingFormTests(TestDatabase database) => _database = database;

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(_database, new Dictionary<string, string?>
        {
            ["Termine:Mail:PickupDirectory"] = _pickup,
            ["Termine:RateLimiting:WritesPerHour"] = "1000",
            ["Termine:RateLimiting:LookupsPerMinute"] = "1000",
        });
        _client = NewClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }

    [NeedsTheory(Need.QrDecoder)]
    [InlineData("de", "2026-12-01")]
    [InlineData("ar", "2026-12-02")]
    public async Task OnePerson_FormSummaryBook_ConfirmationWithQrCalendarAndTheEmail(string language, string day)
    {
        var (path, _) = await HoldAsync(day, persons: 1);

        var form = await _client.GetStringAsync($"{path}?lang={language}");
        var summary = await PostAsync(path, "Review", language, form, Person("Amina Haddad", "hb-one-" + language + "@example.org"));
        var summaryHtml = await summary.Content.ReadAsStringAsync();
        var booked = await PostAsync(path, "Book", language, summaryHtml, [new("Data", Data(summaryHtml)), new("From", "summary")]);

        Assert.Contains($"<html lang=\"{language}\"", form);
        Assert.Contains("id=\"details\"", form);
        Assert.Contains("autocomplete=\"bday-year\"", form);
        Assert.Contains("id=\"book\"", summaryHtml);
        Assert.Contains("id=\"change\"", summaryHtml);
        Assert.Contains("<bdi>Amina Haddad</bdi>", summaryHtml);
        Assert.Equal(HttpStatusCode.SeeOther, booked.StatusCode);
        var location = booked.Headers.Location!.OriginalString;
        Assert.Matches($"^/termin/booked/[A-Za-z0-9_-]+\\?lang={language}$", location);

        var confirmation = await _client.GetStringAsync(location);
        var reference = Regex.Match(confirmation, "id=\"reference\"><bdi dir=\"ltr\">([A-Z0-9-]+)</bdi>").Groups[1].Value;
        Assert.NotEmpty(reference);
        Assert.Matches("<img id=\"qr\" src=\"data:image/png;base64,", confirmation);
        Assert.Contains("id=\"calendar\"", confirmation);
        Assert.Contains("id=\"manage\" href=\"/appointment/", confirmation);

        var (email, checkIn, manage) = await MailboxReader.ConfirmationAsync(_factory.Services, _pickup, reference);
        Assert.Contains(manage, location);
        var pageQr = Convert.FromBase64String(WebUtility.HtmlDecode(Regex.Match(confirmation, "data:image/png;base64,([^\"]+)").Groups[1].Value));
        Assert.EndsWith(checkIn, await QrDecoder.DecodeAsync(pageQr));

        var calendar = await _client.GetAsync($"/appointment/{manage}/calendar.ics");
        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", calendar.Content.Headers.ContentDisposition!.DispositionType);
        var ics = await calendar.Content.ReadAsStringAsync();
        var parsed = Ical.Net.Calendar.Load(ics)!;
        var mailed = Ical.Net.Calendar.Load(await email.CalendarTextAsync())!;
        Assert.Equal(mailed.Events.Single().Uid, parsed.Events.Single().Uid);
        Assert.Equal(mailed.Events.Single().DtStart, parsed.Events.Single().DtStart);
        Assert.Equal(mailed.Events.Single().Location, parsed.Events.Single().Location);
        await AssertBookedOnceAsync(reference, BookingChannels.Web);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task ThreePersons_AskForTwoCompanions_AndBookAllThree(string language)
    {
        var (path, _) = await HoldAsync("2026-12-03", persons: 3);

        var form = await _client.GetStringAsync($"{path}?lang={language}");
        var missing = await (await PostAsync(path, "Review", language, form,
            [.. Person("Olena Petrenko", "hb-three-" + language + "@example.org"), .. Companion(0, "Ivan Petrenko", "3", "4", "2015")])).Content.ReadAsStringAsync();
        var summary = await (await PostAsync(path, "Review", language, form,
        [
            .. Person("Olena Petrenko", "hb-three-" + language + "@example.org"),
            .. Companion(0, "Ivan Petrenko", "3", "4", "2015"), .. Companion(1, "Maria Petrenko", "17", "11", "2019"),
        ])).Content.ReadAsStringAsync();
        var booked = await PostAsync(path, "Book", language, summary, [new("Data", Data(summary))]);

        Assert.Contains("id=\"Companions_1__FullName\"", form);
        Assert.Contains("name=\"Companions[1].BirthYear\"", form);
        Assert.DoesNotContain("id=\"Companions_2__FullName\"", form);
        Assert.Contains("id=\"Companions_1__FullName-error\"", missing);
        Assert.Contains("id=\"Companions_1__BirthDay-error\"", missing);
        Assert.Contains("<bdi>Maria Petrenko</bdi>", summary);
        Assert.Equal(HttpStatusCode.SeeOther, booked.StatusCode);
        var confirmation = await _client.GetStringAsync(booked.Headers.Location!.OriginalString);
        Assert.Contains("<bdi>Ivan Petrenko</bdi>", confirmation);
        await using var db = await Contexts().CreateDbContextAsync();
        var appointment = await db.Appointments.Include(a => a.Companions).SingleAsync(a => a.Email == "hb-three-" + language + "@example.org");
        Assert.Equal(["Ivan Petrenko", "Maria Petrenko"], appointment.Companions.OrderBy(c => c.Position).Select(c => c.FullName));
        Assert.Equal(new DateOnly(2019, 11, 17), appointment.Companions.Single(c => c.Position == 1).BirthDate);
    }

    [Theory]
    [InlineData("FullName", "", "FullName", "FullName")]
    [InlineData("FullName", "<script>", "FullName", "FullName")]
    [InlineData("BirthDay", "", "BirthDay", "BirthDay")]
    [InlineData("BirthMonth", "13", "BirthDay", "BirthMonth")]
    [InlineData("BirthYear", "90", "BirthDay", "BirthYear")]
    [InlineData("BirthYear", "2027", "BirthDay", "BirthDay")]
    [InlineData("BirthYear", "1890", "BirthDay", "BirthDay")]
    [InlineData("Email", "", "Email", "Email")]
    [InlineData("Email", "name@", "Email", "Email")]
    [InlineData("Phone", "12ab", "Phone", "Phone")]
    [InlineData("Phone", "0000 1", "Phone", "Phone")]
    public async Task ABadValue_IsNamedAtItsFieldAndInTheSummary(string field, string value, string errorField, string linkedInput)
    {
        var (path, _) = await HoldAsync("2026-12-04", persons: 1);
        var form = await _client.GetStringAsync($"{path}?lang=de");
        var fields = Person("Amina Haddad", "bad-value@example.org").Where(f => f.Key != field).Append(new(field, value)).ToArray();

        var page = await (await PostAsync(path, "Review", "de", form, fields)).Content.ReadAsStringAsync();

        Assert.Matches("<title>Fehler: ", page);
        Assert.Contains("id=\"error-summary\" role=\"alert\" tabindex=\"-1\"", page);
        Assert.Contains($"<a href=\"#{linkedInput}\">", page);
        Assert.Contains($"id=\"{errorField}-error\"", page);
        Assert.Matches($"id=\"{linkedInput}\"[^>]*aria-invalid=\"true\" aria-describedby=\"[^\"]*{errorField}-error", page);
        Assert.Single(Regex.Matches(page, "class=\"error-message\""));
        Assert.DoesNotContain("id=\"book\"", page);
        if (value == "<script>")
        {
            Assert.Contains("value=\"&lt;script&gt;\"", page);
        }
    }

    [Fact]
    public async Task TheLanguageButtons_KeepWhatWasTyped_OnTheFormAndTheSummary()
    {
        var (path, _) = await HoldAsync("2026-12-07", persons: 1);
        var form = await _client.GetStringAsync($"{path}?lang=de");

        var french = await (await PostAsync(path, "Language", "fr", form,
            [.. Person("Amina Haddad", "switch@example.org"), new("SwitchTo", "fr"), new("From", "form")])).Content.ReadAsStringAsync();
        var summary = await (await PostAsync(path, "Review", "fr", french, Person("Amina Haddad", "switch@example.org"))).Content.ReadAsStringAsync();
        var ukrainian = await (await PostAsync(path, "Language", "uk", summary,
            [new("Data", Data(summary)), new("From", "summary"), new("SwitchTo", "uk")])).Content.ReadAsStringAsync();
        var back = await (await PostAsync(path, "Change", "uk", ukrainian, [new("Data", Data(ukrainian))])).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"fr\"", french);
        Assert.Contains("value=\"switch@example.org\"", french);
        Assert.Contains("<html lang=\"uk\"", ukrainian);
        Assert.Contains("id=\"book\"", ukrainian);
        Assert.Contains("<bdi>Amina Haddad</bdi>", ukrainian);
        Assert.Contains("value=\"Amina Haddad\"", back);
        Assert.Contains("value=\"1990\"", back);
    }

    [Fact]
    public async Task ADoubleSubmission_BooksOnce_AndBothAnswersLeadToTheSameConfirmation()
    {
        var (path, _) = await HoldAsync("2026-12-08", persons: 1);
        var form = await _client.GetStringAsync($"{path}?lang=tr");
        var summary = await (await PostAsync(path, "Review", "tr", form, Person("Mehmet Yılmaz", "twice@example.org"))).Content.ReadAsStringAsync();

        var first = await PostAsync(path, "Book", "tr", summary, [new("Data", Data(summary))]);
        var second = await PostAsync(path, "Book", "tr", summary, [new("Data", Data(summary))]);

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        await using var db = await Contexts().CreateDbContextAsync();
        Assert.Equal(1, await db.Appointments.CountAsync(a => a.Email == "twice@example.org"));
    }

    [Fact]
    public async Task ADifferentSubmissionForABookedHold_LearnsNothingOfTheBooking()
    {
        var (path, _) = await HoldAsync("2026-12-09", persons: 1);
        var form = await _client.GetStringAsync($"{path}?lang=en");
        var mine = await (await PostAsync(path, "Review", "en", form, Person("Amina Haddad", "first@example.org"))).Content.ReadAsStringAsync();
        var other = await (await PostAsync(path, "Review", "en", form, Person("Someone Else", "second@example.org"))).Content.ReadAsStringAsync();
        var booked = await PostAsync(path, "Book", "en", mine, [new("Data", Data(mine))]);

        var page = await (await PostAsync(path, "Book", "en", other, [new("Data", Data(other))])).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.SeeOther, booked.StatusCode);
        Assert.Contains("id=\"taken\"", page);
        Assert.DoesNotContain("/termin/booked/", page);
        Assert.DoesNotContain("Amina", page);
    }

    [Fact]
    public async Task AnExpiredHoldTakenBySomeoneElse_ShowsTakenAndTheNextFreeTimesAsHoldButtons()
    {
        var (path, hold) = await HoldAsync("2026-12-10", persons: 1);
        var form = await _client.GetStringAsync($"{path}?lang=de");
        var summary = await (await PostAsync(path, "Review", "de", form, Person("Amina Haddad", "late@example.org"))).Content.ReadAsStringAsync();
        _factory.Time.Advance(TimeSpan.FromMinutes(11));
        // Others hold that time at every desk, so it cannot be kept at another one.
        var others = new List<HoldResult>();
        while (others.LastOrDefault() is null or HoldResult.Held)
        {
            others.Add(await Bookings().HoldAsync(ServiceId, hold.Start, 1, $"someone-else-{others.Count}", default));
        }

        var page = await (await PostAsync(path, "Book", "de", summary, [new("Data", Data(summary))])).Content.ReadAsStringAsync();

        Assert.IsType<HoldResult.Held>(others[0]);
        Assert.Contains("id=\"taken\"", page);
        Assert.Contains("name=\"data\"", page);
        Assert.Contains("name=\"previous\"", page);
        Assert.Contains($"action=\"/termin/{ServiceId}?handler=Hold&amp;lang=de\"", page);
        Assert.Matches("<button type=\"submit\" name=\"start\" value=\"2026-1\\d-\\d\\dT\\d\\d:\\d\\d:00&#x2B;01:00\">", page);
        Assert.Contains("name=\"__RequestVerificationToken\"", page[page.IndexOf("class=\"next-times\"", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task AHoldReleasedBeforeBooking_ShowsTaken()
    {
        var (path, hold) = await HoldAsync("2026-12-11", persons: 1);
        var form = await _client.GetStringAsync($"{path}?lang=ru");
        var summary = await (await PostAsync(path, "Review", "ru", form, Person("Amina Haddad", "released@example.org"))).Content.ReadAsStringAsync();
        await Bookings().ReleaseHoldAsync(hold.HoldId, default);

        var page = await (await PostAsync(path, "Book", "ru", summary, [new("Data", Data(summary))])).Content.ReadAsStringAsync();

        Assert.Contains("id=\"taken\"", page);
        Assert.Contains("<html lang=\"ru\"", page);
    }

    [Fact]
    public async Task TheOpenAppointmentsLimit_IsSaidClearly()
    {
        var (firstPath, _) = await HoldAsync("2026-12-14", persons: 1);
        var (secondPath, _) = await HoldAsync("2026-12-15", persons: 1);
        foreach (var (path, expectBooked) in new[] { (firstPath, true), (secondPath, false) })
        {
            var form = await _client.GetStringAsync($"{path}?lang=fr");
            var summary = await (await PostAsync(path, "Review", "fr", form, Person("Amina Haddad", "limit@example.org"))).Content.ReadAsStringAsync();
            var answer = await PostAsync(path, "Book", "fr", summary, [new("Data", Data(summary))]);
            Assert.Equal(expectBooked, answer.StatusCode == HttpStatusCode.SeeOther);
            if (!expectBooked)
            {
                Assert.Contains("id=\"limit\"", await answer.Content.ReadAsStringAsync());
            }
        }
    }

    [Fact]
    public async Task WithoutTheAntiForgeryToken_AFormIsRefused()
    {
        var (path, _) = await HoldAsync("2026-12-16", persons: 1);
        await _client.GetStringAsync(path);

        var response = await _client.PostAsync($"{path}?handler=Review", new FormUrlEncodedContent(Person("Amina Haddad", "forged@example.org")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ABadTicket_SaysTheLinkDoesNotWork_AndLinksToTheService()
    {
        var response = await _client.GetAsync($"/termin/{ServiceId}/details/not-a-ticket?lang=en");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"href=\"/termin/{ServiceId}?lang=en\"", page);
    }

    [Fact]
    public async Task ACancelledAppointmentsConfirmation_SaysItIsCancelled()
    {
        var (path, _) = await HoldAsync("2026-12-17", persons: 1);
        var form = await _client.GetStringAsync($"{path}?lang=uk");
        var summary = await (await PostAsync(path, "Review", "uk", form, Person("Amina Haddad", "cancel-web@example.org"))).Content.ReadAsStringAsync();
        var location = (await PostAsync(path, "Book", "uk", summary, [new("Data", Data(summary))])).Headers.Location!.OriginalString;
        var token = Regex.Match(location, "/termin/booked/([^?]+)").Groups[1].Value;
        var manage = await _client.GetStringAsync($"/appointment/{token}");
        await _client.PostAsync($"/appointment/{token}?handler=Cancel", new FormUrlEncodedContent([new("__RequestVerificationToken", AntiForgery().Match(manage).Groups[1].Value)]));

        var page = await _client.GetStringAsync(location);
        var calendar = await _client.GetAsync($"/appointment/{token}/calendar.ics");

        Assert.Contains("id=\"cancelled\"", page);
        Assert.DoesNotContain("id=\"qr\"", page);
        Assert.Equal(HttpStatusCode.NotFound, calendar.StatusCode);
    }

    [Fact]
    public async Task NoAddressOrLinkCarriesPersonalData()
    {
        var (path, _) = await HoldAsync("2026-12-18", persons: 2);
        var form = await _client.GetStringAsync($"{path}?lang=de");
        KeyValuePair<string, string>[] fields = [.. Person("Amina Haddad", "private@example.org"), .. Companion(0, "Yusuf Haddad", "1", "2", "2016")];
        var summary = await (await PostAsync(path, "Review", "de", form, fields)).Content.ReadAsStringAsync();
        var booked = await PostAsync(path, "Book", "de", summary, [new("Data", Data(summary))]);
        var confirmation = await _client.GetStringAsync(booked.Headers.Location!.OriginalString);

        foreach (var address in new[] { path, booked.Headers.Location!.OriginalString }
            .Concat(new[] { form, summary, confirmation }.SelectMany(page => Links().Matches(page).Select(m => m.Groups[1].Value))))
        {
            foreach (var secret in new[] { "Amina", "Haddad", "Yusuf", "private", "example.org", "1990", "2016", "0171" })
            {
                Assert.DoesNotContain(secret, Uri.UnescapeDataString(address), StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.DoesNotContain("private@example.org", Data(summary));
    }

    private async Task<(string Path, HoldResult.Held Hold)> HoldAsync(string day, int persons)
    {
        var slots = await _client.GetFromJsonAsync<JsonElement>($"/api/services/{ServiceId}/slots?from={day}&to={day}&persons={persons}&limit=1");
        var start = DateTimeOffset.Parse(slots[0].GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var hold = Assert.IsType<HoldResult.Held>(await Bookings().HoldAsync(ServiceId, start, persons, "web-test-" + Guid.NewGuid(), default));
        var ticket = _factory.Services.GetRequiredService<HoldTickets>()
            .Seal(new HoldTicket(hold.HoldId, ServiceId, persons, hold.Start, hold.End, hold.ExpiresAt));
        return ($"/termin/{ServiceId}/details/{ticket}", hold);
    }

    private Task<HttpResponseMessage> PostAsync(string path, string handler, string language, string page, KeyValuePair<string, string>[] fields) =>
        _client.PostAsync($"{path}?handler={handler}&lang={language}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", AntiForgery().Match(page).Groups[1].Value), new("lang", language), .. fields]));

    private static KeyValuePair<string, string>[] Person(string name, string email) =>
    [
        new("FullName", name), new("BirthDay", "17"), new("BirthMonth", "5"), new("BirthYear", "1990"), new("Email", email), new("Phone", "0171 1234567"),
    ];

    private static KeyValuePair<string, string>[] Companion(int i, string name, string day, string month, string year) =>
    [
        new($"Companions[{i}].FullName", name), new($"Companions[{i}].BirthDay", day), new($"Companions[{i}].BirthMonth", month),
        new($"Companions[{i}].BirthYear", year),
    ];

    private static string Data(string summaryPage) =>
        WebUtility.HtmlDecode(Regex.Match(summaryPage, "name=\"Data\" value=\"([^\"]+)\"").Groups[1].Value);

    private async Task AssertBookedOnceAsync(string reference, string channel)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        var appointment = await db.Appointments.SingleAsync(a => a.Reference == reference);
        Assert.Equal(channel, appointment.Channel);
        Assert.Equal(AppointmentStatus.Booked, appointment.Status);
        Assert.Equal("+491711234567", appointment.Phone);
    }

    private BookingService Bookings() => _factory.Services.GetRequiredService<BookingService>();

    private IDbContextFactory<BookingDbContext> Contexts() => _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>();

    // https: outside Development the anti-forgery cookie is Secure (__Host-), so a browser sends it back only over HTTPS.
    private HttpClient NewClient() => _factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
    });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();

    [GeneratedRegex("(?:href|action|formaction|src)=\"([^\"]+)\"")]
    private static partial Regex Links();
}
