using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Waitlist;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Waiting;

namespace Termine.Bot.Tests.Waitlist;

/// <summary>
/// The waiting list's REST contract through the whole host, with the offers read from the real e-mails in the pickup
/// folder. The residence team has one desk, so Wednesday 2 December 08:00–09:00 is full after two bookings.
/// </summary>
public sealed partial class WaitlistEndpointsTests : IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";
    private readonly TestDatabase _database = new();
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private TermineFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        StartHost(withWorker: false);
    }

    /// <summary>
    /// Without the worker the tests sweep themselves, so each step's outcome is committed when the step returns (the
    /// worker, woken by a cancellation, would race the test's own sweep); one test keeps it to see it woken.
    /// </summary>
    private void StartHost(bool withWorker)
    {
        _factory = new TermineFactory(_database, new Dictionary<string, string?>
        {
            ["Termine:Mail:PickupDirectory"] = _pickup,
            ["Termine:Scheduling:Desks:residence"] = "1",
        }, services =>
        {
            if (!withWorker)
            {
                services.Remove(services.Single(d => d.ImplementationType == typeof(WaitlistWorker)));
            }
        });
        // https: outside Development the anti-forgery cookie is Secure (__Host-), so a browser sends it back only over HTTPS.
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }

    [Fact]
    public async Task Cancellation_WakesTheWorker_WhichOffersTheFreedSlotWithoutWaitingForItsInterval()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        StartHost(withWorker: true);
        var (eight, _) = await FillAsync();
        await JoinAsync("woken@example.org", "en");

        Assert.Equal(HttpStatusCode.OK, (await _client.DeleteAsync($"/api/appointments/{eight}?email=booked0@example.org")).StatusCode);

        // The clock stands still, so only the wake-up can have run the sweep; this waits for it, it does not time it.
        await Eventually.TrueAsync(
            async () =>
            {
                await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
                return await db.WaitlistOffers.AnyAsync(o => o.Outcome == OfferOutcome.Open);
            },
            because: "an offer after the cancellation");
    }

    [Fact]
    public async Task Join_WhenNothingFits_Returns201WithTheWaitingReference_AndDeleteLeaves()
    {
        // Saturday: the office is closed, so nothing is free in this window and the resident may wait.
        var response = await _client.PostAsJsonAsync("/api/waiting-list", Body("join@example.org") with { from = "2026-12-05", to = "2026-12-05" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        Assert.Matches("^W-[A-Z3-9]{4}-[A-Z3-9]{4}$", reference);
        Assert.Equal($"/api/waiting-list/{reference}", response.Headers.Location!.OriginalString);
        var twice = await _client.PostAsJsonAsync("/api/waiting-list", Body("join@example.org") with { from = "2026-12-05", to = "2026-12-05" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("alreadyWaiting", (await twice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());

        var wrong = await _client.DeleteAsync($"/api/waiting-list/{reference}?email=other@example.org");
        var left = await _client.DeleteAsync($"/api/waiting-list/{reference}?email=join@example.org");
        var again = await _client.DeleteAsync($"/api/waiting-list/{reference}?email=join@example.org");

        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Join_BadInput_Returns400ProblemNamingEachField()
    {
        var response = await _client.PostAsJsonAsync("/api/waiting-list", new
        {
            serviceId = ServiceId, fullName = "Amina Haddad", birthDate = "1990-05-17", email = "nope", persons = 1, language = "de",
            from = "tomorrow", to = "2026-12-05", weekdays = new[] { "Thursday", "Funday" }, notBefore = "25:00", notAfter = "12:00",
            permitExpires = "soon",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var fields = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name);
        Assert.Equal(["from", "notBefore", "permitExpires", "weekdays[1]"], fields.Order());

        var second = await _client.PostAsJsonAsync("/api/waiting-list", Body("nope") with { serviceId = "unknown", persons = 99 });
        var core = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(["email", "persons", "serviceId"], core.Order());
    }

    [Fact]
    public async Task Join_WhileFittingSlotsAreFree_Returns409WithThoseSlots()
    {
        var response = await _client.PostAsJsonAsync("/api/waiting-list", Body("free@example.org") with { from = "2026-12-09", to = "2026-12-09" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("slotsFree", problem.GetProperty("reason").GetString());
        var starts = problem.GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("start").GetString()).ToList();
        Assert.Equal(["2026-12-09T08:00:00+01:00", "2026-12-09T08:30:00+01:00"], starts);
    }

    [Fact]
    public async Task Cancellation_OffersTheSlotByEmail_AcceptBooksAndConfirms_AndASecondAnswerIs410()
    {
        var (eight, _) = await FillAsync();
        await JoinAsync("first@example.org", "fr");
        await JoinAsync("urgent@example.org", "ar", permitExpires: "2026-12-20");

        Assert.Equal(HttpStatusCode.OK, (await _client.DeleteAsync($"/api/appointments/{eight}?email=booked0@example.org")).StatusCode);
        await SweepAsync();
        var (offerMail, token) = await OfferMailAsync("urgent@example.org");

        Assert.Contains("<bdi dir=\"ltr\">", offerMail.Html);
        var accepted = await _client.PostAsync($"/api/offers/{token}/accept", null);

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var answer = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        var reference = answer.GetProperty("reference").GetString()!;
        Assert.Equal("2026-12-02T08:00:00+01:00", answer.GetProperty("start").GetString());
        Assert.Equal("ar", answer.GetProperty("language").GetString());
        Assert.Equal("booked", answer.GetProperty("status").GetString());
        Assert.Equal($"/api/appointments/{reference}", accepted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/appointments/{reference}?email=urgent@example.org")).StatusCode);
        var confirmation = await ConfirmationAsync(reference);
        Assert.Contains("urgent@example.org", confirmation.Message.To.ToString());
        Assert.Equal(HttpStatusCode.Gone, (await _client.PostAsync($"/api/offers/{token}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await _client.PostAsync($"/api/offers/{token}/decline", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostAsync("/api/offers/forged/accept", null)).StatusCode);
    }

    [Fact]
    public async Task Decline_Returns204AndTheNextResidentGetsTheOffer_ExpiredOfferIs410()
    {
        var (eight, _) = await FillAsync();
        await JoinAsync("decline@example.org", "de");
        await JoinAsync("next@example.org", "tr");
        await _client.DeleteAsync($"/api/appointments/{eight}?email=booked0@example.org");
        await SweepAsync();
        var (_, first) = await OfferMailAsync("decline@example.org");

        var declined = await _client.PostAsync($"/api/offers/{first}/decline", null);
        await SweepAsync();
        var (_, second) = await OfferMailAsync("next@example.org");
        _factory.Time.Advance(TimeSpan.FromHours(25));
        await SweepAsync();
        var late = await _client.PostAsync($"/api/offers/{second}/accept", null);

        Assert.Equal(HttpStatusCode.NoContent, declined.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Equal("application/problem+json", late.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task OfferPage_ShowsTheSlotInTheEntrysLanguage_GetChangesNothing_AndTheButtonBooks()
    {
        var (eight, _) = await FillAsync();
        await JoinAsync("page@example.org", "ru");
        await _client.DeleteAsync($"/api/appointments/{eight}?email=booked0@example.org");
        await SweepAsync();
        var (_, token) = await OfferMailAsync("page@example.org");

        var page = await _client.GetStringAsync($"/offer/{token}");
        var pageAgain = await _client.GetStringAsync($"/offer/{token}");
        var accepted = await _client.PostAsync($"/offer/{token}?handler=Accept", Form(pageAgain));
        var done = await accepted.Content.ReadAsStringAsync();
        var after = await _client.GetStringAsync($"/offer/{token}");
        var forged = await _client.GetStringAsync("/offer/forged");

        Assert.Contains("lang=\"ru\"", page);
        Assert.Contains("2 декабря 2026", page);
        Assert.Contains("Принять предложение", page);
        Assert.Contains("Отклонить предложение", page);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("Вы записаны на приём", done);
        Assert.Matches("<bdi dir=\"ltr\">[A-Z3-9]{4}-[A-Z3-9]{4}</bdi>", done);
        Assert.Contains("больше не действует", after);
        Assert.DoesNotContain("Принять предложение", after);
        Assert.Contains("Dieser Link ist ungültig", forged);
    }

    [Fact]
    public async Task JoinEmail_LinksTheLeavePage_WhoseButtonLeavesTheList()
    {
        var response = await _client.PostAsJsonAsync("/api/waiting-list", Body("leave@example.org") with { from = "2026-12-05", to = "2026-12-05", language = "en" });
        var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        await _factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);
        var joined = await MailAsync("waitlistjoined", "leave@example.org");
        var token = LeaveLink().Match(joined.Text).Groups[1].Value;

        var page = await _client.GetStringAsync($"/waiting-list/{token}");
        var stillWaiting = await _client.DeleteAsync($"/api/waiting-list/{reference}?email=elsewhere@example.org");
        var left = await (await _client.PostAsync($"/waiting-list/{token}", Form(page))).Content.ReadAsStringAsync();

        Assert.Contains(reference, joined.Text);
        Assert.Contains("Leave the waiting list", page);
        Assert.Equal(HttpStatusCode.NotFound, stillWaiting.StatusCode);
        Assert.Contains("You have left the waiting list.", left);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.DeleteAsync($"/api/waiting-list/{reference}?email=leave@example.org")).StatusCode);
    }

    private static JoinBody Body(string email) => new(
        ServiceId, "Amina Haddad", "1990-05-17", email, "+49 2181 12345", 1, "de", "2026-12-02", "2026-12-02", null, "08:00", "09:00", null);

    private sealed record JoinBody(
        string serviceId, string fullName, string birthDate, string email, string phone, int persons, string language,
        string from, string to, string[]? weekdays, string? notBefore, string? notAfter, string? permitExpires);

    private async Task JoinAsync(string email, string language, string? permitExpires = null)
    {
        var response = await _client.PostAsJsonAsync("/api/waiting-list", Body(email) with { language = language, permitExpires = permitExpires });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        _factory.Time.Advance(TimeSpan.FromSeconds(1));
    }

    /// <summary>Books Wednesday 08:00 and 08:30 on the one desk; returns their references.</summary>
    private async Task<(string Eight, string HalfPast)> FillAsync()
    {
        async Task<string> Book(string start, string email)
        {
            var response = await _client.PostAsJsonAsync("/api/appointments", new
            {
                serviceId = ServiceId, start, fullName = "Jonas Weber", birthDate = "1985-03-02", email, persons = 1, language = "de",
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        }

        return (await Book("2026-12-02T08:00:00+01:00", "booked0@example.org"), await Book("2026-12-02T08:30:00+01:00", "booked1@example.org"));
    }

    /// <summary>Sweeps as the worker does.</summary>
    private Task SweepAsync() => _factory.Services.GetRequiredService<WaitlistOffers>().SweepAsync(default);

    private async Task<(ReceivedEmail Email, string Token)> OfferMailAsync(string to)
    {
        await _factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);
        var email = await MailAsync("waitlistoffer", to);
        return (email, OfferLink().Match(email.Text).Groups[1].Value);
    }

    private async Task<ReceivedEmail> MailAsync(string kind, string to)
    {
        foreach (var file in Directory.GetFiles(_pickup, $"{kind}.*.eml"))
        {
            var email = await ReceivedEmail.LoadAsync(file);
            if (email.Message.To.ToString().Contains(to, StringComparison.Ordinal))
            {
                return email;
            }
        }

        throw new Xunit.Sdk.XunitException($"No {kind} e-mail to {to} in {_pickup}.");
    }

    private async Task<ReceivedEmail> ConfirmationAsync(string reference)
    {
        await _factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);
        foreach (var file in Directory.GetFiles(_pickup, "confirmation.*.eml"))
        {
            var email = await ReceivedEmail.LoadAsync(file);
            if (email.Message.Subject?.Contains(reference) == true)
            {
                return email;
            }
        }

        throw new Xunit.Sdk.XunitException($"No confirmation for {reference}.");
    }

    private static FormUrlEncodedContent Form(string page) =>
        new([new("__RequestVerificationToken", AntiForgery().Match(page).Groups[1].Value)]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();

    [GeneratedRegex(@"/offer/([A-Za-z0-9_-]+)")]
    private static partial Regex OfferLink();

    [GeneratedRegex(@"/waiting-list/([A-Za-z0-9_-]+)")]
    private static partial Regex LeaveLink();
}
