using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Waitlist;
using Termine.Bot.Admin.Waitlist;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;

namespace Termine.Bot.Tests.Waitlist;

/// <summary>
/// Stale entries leave the list in the sweep, through the whole host with its clock under the test's control: a window
/// that has ended, and offers that ran out unanswered <see cref="WaitlistOptions.MaxUnansweredOffers"/> times in a row.
/// The e-mails are read from the pickup folder. The residence team has one desk, so Wednesday 2 December 08:00–09:00
/// is full after two bookings.
/// </summary>
public sealed class WaitlistClosingTests : IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";
    private readonly TestDatabase _database = new();
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private TermineFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _factory = new TermineFactory(_database, new Dictionary<string, string?>
        {
            ["Termine:Mail:PickupDirectory"] = _pickup,
            ["Termine:Scheduling:Desks:residence"] = "1",
            ["Termine:Waitlist:MaxUnansweredOffers"] = "2",
        }, services =>
        {
            // The test moves the clock by days and sweeps and sends itself: a periodic worker on the fake clock would run
            // once for every period skipped (the outbox's five seconds: hundreds of thousands of runs).
            foreach (var worker in services.Where(d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService)).ToList())
            {
                services.Remove(worker);
            }
        });
        _client = _factory.CreateClient();
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
    public async Task WindowPassed_TheSweepClosesTheEntry_WritesOneEmailInTheLanguage_StaffCountIt_RetentionDeletesIt()
    {
        // Saturday 5 December: the office is closed, so nothing can be offered in this window.
        var reference = await JoinAsync("closed@example.org", "tr", from: "2026-12-05", to: "2026-12-05");
        await SweepAsync();
        var stillWaiting = await StateAsync(reference);

        _factory.Time.Advance(TimeSpan.FromDays(12)); // Sunday 6 December, office time, is the first day after the window.
        await SweepAsync();
        await SweepAsync();
        await DispatchAsync();

        Assert.Equal(WaitlistEntryState.Waiting, stillWaiting);
        Assert.Equal(WaitlistEntryState.WindowPassed, await StateAsync(reference));
        var mail = Assert.Single(await MailsAsync("waitlistclosed", "closed@example.org"));
        Assert.Contains(reference, mail.Message.Subject);
        Assert.StartsWith("Bekleme listesi: artık listede değilsiniz", mail.Message.Subject);
        Assert.Contains("Randevu için belirttiğiniz zaman aralığı sona erdi.", mail.Text);
        Assert.Contains("http://localhost/termin?lang=tr", mail.Text);
        Assert.Contains("lang=\"tr\"", mail.Html);

        var today = DateOnly.FromDateTime(_factory.Time.GetUtcNow().UtcDateTime);
        var report = await _factory.Services.GetRequiredService<WaitlistStatistics>().ReportAsync(today.AddDays(-1), today, default);
        var closed = await _factory.Services.GetRequiredService<WaitlistDirectory>().ClosedCountsAsync(30, default);
        Assert.Equal(1, report.EntriesWindowPassed);
        Assert.Equal(0, report.EntriesUnanswered);
        Assert.Equal(1, closed.GetValueOrDefault(ServiceId));
        Assert.Equal(0, (await _factory.Services.GetRequiredService<WaitlistDirectory>().CountsAsync(default)).GetValueOrDefault(ServiceId));

        // Past the retention days (30) after the window; not further: every periodic timer on the fake clock fires once per
        // period it skips, so a year would be millions of outbox polls.
        _factory.Time.Advance(TimeSpan.FromDays(32));
        var deleted = await _factory.Services.GetServices<Termine.Booking.Retention.IRetentionStep>().OfType<WaitlistRetention>().Single().RunAsync(default);
        Assert.Equal(1, deleted);
        Assert.Null(await StateAsync(reference));
    }

    [Fact]
    public async Task OffersUnansweredTwiceInARow_TheSweepClosesTheEntry_AndTellsTheResidentWhyInTheirLanguage()
    {
        var (eight, halfPast) = await FillAsync();
        var reference = await JoinAsync("silent@example.org", "uk", from: "2026-12-02", to: "2026-12-02");
        await CancelAsync(eight, "booked0@example.org");
        await CancelAsync(halfPast, "booked1@example.org");

        await SweepAsync(); // offers 08:00
        _factory.Time.Advance(TimeSpan.FromHours(25));
        await SweepAsync(); // the first ran out; offers 08:30
        var afterOne = await StateAsync(reference);
        _factory.Time.Advance(TimeSpan.FromHours(25));
        await SweepAsync(); // the second ran out: closed, and nothing more is offered
        await DispatchAsync();

        Assert.Equal(WaitlistEntryState.Offered, afterOne);
        Assert.Equal(WaitlistEntryState.Unanswered, await StateAsync(reference));
        await using (var db = await _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync())
        {
            var outcomes = await db.WaitlistOffers.Join(db.WaitlistEntries.Where(e => e.Reference == reference), o => o.EntryId, e => e.Id, (o, e) => o.Outcome).ToListAsync();
            Assert.Equal([OfferOutcome.Expired, OfferOutcome.Expired], outcomes);
        }

        var mail = Assert.Single(await MailsAsync("waitlistclosed", "silent@example.org"));
        Assert.StartsWith("Вас більше немає у списку очікування", mail.Message.Subject);
        Assert.Contains("Ми кілька разів поспіль пропонували Вам час прийому", mail.Text);
        Assert.Contains("http://localhost/termin?lang=uk", mail.Text);
        var today = DateOnly.FromDateTime(_factory.Time.GetUtcNow().UtcDateTime);
        var report = await _factory.Services.GetRequiredService<WaitlistStatistics>().ReportAsync(today.AddDays(-2), today, default);
        Assert.Equal(1, report.EntriesUnanswered);
        Assert.Equal(2, report.OffersExpired);
    }

    [Fact]
    public async Task ADeclinedOfferBreaksTheRun_TheEntryStaysOnTheList()
    {
        var (eight, halfPast) = await FillAsync();
        var reference = await JoinAsync("answers@example.org", "de", from: "2026-12-02", to: "2026-12-02");
        await CancelAsync(eight, "booked0@example.org");
        await CancelAsync(halfPast, "booked1@example.org");

        await SweepAsync(); // offers 08:00, which runs out
        _factory.Time.Advance(TimeSpan.FromHours(25));
        await SweepAsync(); // offers 08:30, which is declined
        string token;
        await using (var db = await _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync())
        {
            var open = await db.WaitlistOffers.SingleAsync(o => o.Outcome == OfferOutcome.Open);
            token = WaitlistTokens.Offer(_factory.Services.GetRequiredService<Termine.Booking.Appointments.TokenKey>(), open.Id);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await _client.PostAsync($"/api/offers/{token}/decline", null)).StatusCode);
        await SweepAsync();
        await DispatchAsync();

        Assert.Equal(WaitlistEntryState.Waiting, await StateAsync(reference));
        Assert.Empty(await MailsAsync("waitlistclosed", "answers@example.org"));
    }

    private async Task<string> JoinAsync(string email, string language, string from, string to)
    {
        var response = await _client.PostAsJsonAsync("/api/waiting-list", new
        {
            serviceId = ServiceId, fullName = "Amina Haddad", birthDate = "1990-05-17", email, persons = 1, language, from, to,
            notBefore = "08:00", notAfter = "09:00",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }

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

    private async Task CancelAsync(string reference, string email) =>
        Assert.Equal(HttpStatusCode.OK, (await _client.DeleteAsync($"/api/appointments/{reference}?email={email}")).StatusCode);

    private Task SweepAsync() => _factory.Services.GetRequiredService<WaitlistOffers>().SweepAsync(default);

    private Task DispatchAsync() => _factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);

    private async Task<WaitlistEntryState?> StateAsync(string reference)
    {
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.WaitlistEntries.Where(e => e.Reference == reference).Select(e => (WaitlistEntryState?)e.State).SingleOrDefaultAsync();
    }

    private async Task<List<ReceivedEmail>> MailsAsync(string kind, string to)
    {
        await _factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);
        var found = new List<ReceivedEmail>();
        foreach (var file in Directory.Exists(_pickup) ? Directory.GetFiles(_pickup, $"{kind}.*.eml") : [])
        {
            var email = await ReceivedEmail.LoadAsync(file);
            if (email.Message.To.ToString().Contains(to, StringComparison.Ordinal))
            {
                found.Add(email);
            }
        }

        return found;
    }
}
