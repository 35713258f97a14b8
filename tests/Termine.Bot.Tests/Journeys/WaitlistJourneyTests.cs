using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Waitlist;
using Termine.Bot.Dialogs;
using Termine.Testing.Conversations;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;

namespace Termine.Bot.Tests.Journeys;

/// <summary>
/// The waiting list from end to end through the whole host: a resident joins in the chat in their own words, a fitting
/// appointment is cancelled, the sweep (what the worker calls) offers it, the offer e-mail arrives over a real SMTP
/// server on loopback in the resident's language, and its link is followed as a browser would (the page, then the
/// accept form with its anti-forgery token); the booking's confirmation arrives over SMTP in the same language.
/// Wednesday is open 08:00–09:00 here and the residence team has one desk, so two bookings fill 2 December.
/// </summary>
public sealed partial class WaitlistJourneyTests : IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";
    private readonly TestDatabase _database = new();
    private SmtpServer _smtp = null!;
    private TermineFactory _factory = null!;
    private HttpClient _browser = null!;

    private static ResourceTexts Mail => AppointmentEmailComposer.Texts;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        if (Needs.SkipReason(Need.SmtpServer) is not null)
        {
            return;
        }

        _smtp = await SmtpServer.StartAsync();
        _factory = new TermineFactory(_database, new Dictionary<string, string?>
        {
            ["Termine:Mail:Smtp:Host"] = "127.0.0.1",
            ["Termine:Mail:Smtp:Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Termine:Mail:Smtp:Security"] = "None",
            ["Termine:Mail:Smtp:Timeout"] = "00:00:05",
            ["Termine:Scheduling:Desks:residence"] = "1",
            ["Termine:Scheduling:OpeningHours:Wednesday:0:To"] = "09:00",
        }, services => services.Remove(services.Single(d => d.ImplementationType == typeof(WaitlistWorker))));
        // https: outside Development the anti-forgery cookie is Secure (__Host-), so a browser sends it back only over HTTPS.
        _browser = _factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            _browser.Dispose();
            await _factory.DisposeAsync();
            await _smtp.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    [NeedsTheory(Need.SmtpServer)]
    [InlineData("de-DE", "de", "Ich muss meine Aufenthaltserlaubnis verlängern", "Können Sie mich auf die Warteliste setzen?", "am 2. Dezember", "Anna Schmidt")]
    [InlineData("tr-TR", "tr", "oturum iznimi uzatmam lazım", "Beni bekleme listesine ekleyin", "2 Aralık", "Yusuf Kaya")]
    [InlineData("uk-UA", "uk", "хочу продовжити посвідку на проживання", "Внесіть мене до списку очікування", "2 грудня", "Олена Коваль")]
    public async Task JoinInTheChat_ACancellationIsOffered_TheEmailLinkAccepts_AndTheConfirmationArrives_AllInTheResidentsLanguage(
        string locale, string language, string service, string words, string window, string name)
    {
        var email = $"journey-{language}@example.org";
        var (eight, _) = await FillWednesdayAsync();

        var resident = new ConversationDriver(_factory.Services, $"waitlist-journey-{language}-{Guid.NewGuid():N}", locale);
        await resident.SendAsync(service);
        await resident.SendAsync("1");
        await resident.SendAsync(words);
        Assert.Equal(DialogTexts.Texts["Waitlist.Window.Ask", language], resident.Last?.Text);
        await resident.SendAsync(window);
        Assert.Equal("name", resident.Expecting);
        await resident.SendAsync(name);
        await resident.SendAsync("17.05.1990");
        await resident.SendAsync(email);
        await resident.SendAsync(DialogTexts.Texts["Waitlist.Skip", language]);
        Assert.Equal("confirm", resident.Expecting);
        var joined = await resident.SendAsync(DialogTexts.Texts["Yes", language]);
        var waitingReference = WaitingReferencePattern().Match(string.Join("\n", joined.Select(r => r.Text))).Value;
        Assert.NotEmpty(waitingReference);
        await DispatchAsync();
        var joinMail = await ReceivedAsync(email, Mail.Get("Waitlist.Joined.Subject", language, Bidi.Ltr(waitingReference, language)));

        Assert.Equal(HttpStatusCode.OK, (await _browser.DeleteAsync($"/api/appointments/{eight}?email=booked0@example.org")).StatusCode);
        Assert.Equal(1, await _factory.Services.GetRequiredService<WaitlistOffers>().SweepAsync(default));
        await DispatchAsync();

        var slot = new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.FromHours(1));
        var offerMail = await ReceivedAsync(email, Mail.Get("Waitlist.Offer.Subject", language, AppointmentTimes.DateAndTime(slot, language)));
        Assert.Contains($"lang=\"{language}\"", offerMail.Html);
        Assert.Contains(Mail["Waitlist.Offer.Intro", language], offerMail.Text);
        Assert.Contains(name, offerMail.Text);
        var link = new Uri(OfferLink().Match(offerMail.Text).Value);
        Assert.Equal("localhost", link.Host);

        var page = await _browser.GetStringAsync(link.AbsolutePath);
        Assert.Contains($"lang=\"{language}\"", page);
        var (action, fields) = AcceptForm(page);
        var accepted = await _browser.PostAsync(action, new FormUrlEncodedContent(fields));
        var done = await accepted.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        Appointment booked;
        await using (var db = await _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync())
        {
            booked = await db.Appointments.AsNoTracking().SingleAsync(a => a.Email == email);
            Assert.Equal(WaitlistEntryState.Booked, (await db.WaitlistEntries.AsNoTracking().SingleAsync(e => e.Reference == waitingReference)).State);
        }

        Assert.Equal(AppointmentStatus.Booked, booked.Status);
        Assert.Equal(slot, booked.Start);
        Assert.Equal(language, booked.Language);
        Assert.Contains(booked.Reference!, done);
        await DispatchAsync();
        var confirmation = await ReceivedAsync(email, booked.Reference!);
        Assert.Contains($"lang=\"{language}\"", confirmation.Html);
        Assert.StartsWith(Mail["Subject.Confirmation", language].Split('{')[0], confirmation.Message.Subject);
        Assert.NotEqual(joinMail.Message.MessageId, confirmation.Message.MessageId);
        Assert.Equal(HttpStatusCode.Gone, (await _browser.PostAsync($"/api/offers/{link.Segments[^1]}/accept", null)).StatusCode);
    }

    /// <summary>Books Wednesday 2 December 08:00 and 08:30, the whole day on the one desk; returns their references.</summary>
    private async Task<(string Eight, string HalfPast)> FillWednesdayAsync()
    {
        async Task<string> Book(string start, string email)
        {
            var response = await _browser.PostAsJsonAsync("/api/appointments", new
            {
                serviceId = ServiceId, start, fullName = "Jonas Weber", birthDate = "1985-03-02", email, persons = 1, language = "de",
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        }

        var references = (await Book("2026-12-02T08:00:00+01:00", "booked0@example.org"), await Book("2026-12-02T08:30:00+01:00", "booked1@example.org"));
        await DispatchAsync();
        return references;
    }

    private Task<int> DispatchAsync() => _factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);

    /// <summary>The message to <paramref name="to"/> whose subject contains <paramref name="subject"/>, as the SMTP server received it.</summary>
    private async Task<ReceivedEmail> ReceivedAsync(string to, string subject)
    {
        foreach (var file in _smtp.Received())
        {
            var email = await ReceivedEmail.LoadAsync(file);
            if (email.Message.To.Mailboxes.Any(m => m.Address == to) && email.Message.Subject?.Contains(subject, StringComparison.Ordinal) == true)
            {
                return email;
            }
        }

        throw new Xunit.Sdk.XunitException($"No e-mail to {to} with \"{subject}\" among {_smtp.Received().Count} received.");
    }

    /// <summary>The accept form as a browser submits it: its action and every input it holds (the anti-forgery token too).</summary>
    private static (string Action, List<KeyValuePair<string, string>> Fields) AcceptForm(string page)
    {
        var form = AcceptFormPattern().Match(page);
        Assert.True(form.Success, "the offer page has no accept form");
        var action = WebUtility.HtmlDecode(Regex.Match(form.Groups["open"].Value, "action=\"([^\"]+)\"").Groups[1].Value);
        var fields = Regex.Matches(form.Groups["body"].Value, "<input[^>]*>")
            .Select(input => new KeyValuePair<string, string>(
                WebUtility.HtmlDecode(Regex.Match(input.Value, "name=\"([^\"]+)\"").Groups[1].Value),
                WebUtility.HtmlDecode(Regex.Match(input.Value, "value=\"([^\"]*)\"").Groups[1].Value)))
            .Where(f => f.Key.Length > 0)
            .ToList();
        Assert.Contains(fields, f => f.Key == "__RequestVerificationToken" && f.Value.Length > 0);
        return (action, fields);
    }

    [GeneratedRegex("(?<open><form[^>]*id=\"accept\"[^>]*>)(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex AcceptFormPattern();

    [GeneratedRegex(@"http://localhost/offer/[A-Za-z0-9_-]+")]
    private static partial Regex OfferLink();

    [GeneratedRegex("W-[A-Z3-9]{4}-[A-Z3-9]{4}")]
    private static partial Regex WaitingReferencePattern();
}
