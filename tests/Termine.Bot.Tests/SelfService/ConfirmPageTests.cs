using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Termine.Booking.Appointments;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Bot.SelfService;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;

namespace Termine.Bot.Tests.SelfService;

/// <summary>
/// The confirmation page behind the first reminder's link, reached with the link from the real reminder e-mail: opening
/// it changes nothing (mail scanners open links), the button confirms, pressing again is fine, a cancelled appointment
/// cannot be confirmed, and cancelling from there is the manage page's cancel.
/// </summary>
public sealed partial class ConfirmPageTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";

    private readonly TestDatabase _database;
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private TermineFactory _factory = null!;
    private HttpClient _client = null!;

    public ConfirmPageTests(TestDatabase database) => _database = database;

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(_database, new Dictionary<string, string?> { ["Termine:Mail:PickupDirectory"] = _pickup }, services =>
            // The test sends the outbox itself at the times it sets; the worker would race it after each jump of the clock.
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OutboxWorker))));
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });
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

    [Fact]
    public async Task ReminderLink_OpeningChangesNothing_TheButtonConfirms_PressingAgainIsFine()
    {
        var (reference, start) = await BookAsync("2026-12-10", "confirm.page@example.org", "fr");
        var link = await ReminderConfirmLinkAsync(reference, start);
        _factory.Time.SetUtcNow(start.AddDays(-6));
        var t = PageTexts.Texts;

        var opened = await _client.GetStringAsync(link);
        var openedAgain = await _client.GetStringAsync(link);
        var afterOpening = await ReconfirmedAtAsync(reference);
        var withoutToken = await _client.PostAsync(link, new FormUrlEncodedContent([]));
        var confirmed = WebUtility.HtmlDecode(await (await _client.PostAsync(link, Form(opened))).Content.ReadAsStringAsync());
        var confirmedAt = await ReconfirmedAtAsync(reference);
        _factory.Time.Advance(TimeSpan.FromHours(3));
        var again = WebUtility.HtmlDecode(await (await _client.PostAsync(link, Form(openedAgain))).Content.ReadAsStringAsync());
        var later = WebUtility.HtmlDecode(await _client.GetStringAsync(link));

        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", opened);
        Assert.Contains("id=\"confirm-button\"", opened);
        Assert.Contains(t["Confirm.Button", "fr"], WebUtility.HtmlDecode(opened));
        Assert.Contains(reference, opened);
        Assert.Null(afterOpening);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Contains("role=\"status\"", confirmed);
        Assert.Contains(t["Confirm.Done", "fr"], confirmed);
        Assert.DoesNotContain("id=\"confirm-button\"", confirmed);
        Assert.Equal(start.AddDays(-6), confirmedAt);
        Assert.Contains(t["Confirm.Done", "fr"], again);
        Assert.Equal(confirmedAt, await ReconfirmedAtAsync(reference));
        Assert.Contains(t["Confirm.Already", "fr"], later);
        Assert.DoesNotContain("id=\"confirm-button\"", later);
    }

    [Fact]
    public async Task Cancelled_TheLinkSaysSo_AndConfirmsNothing()
    {
        var (reference, start) = await BookAsync("2026-12-11", "confirm.cancelled@example.org", "ru");
        var link = await ReminderConfirmLinkAsync(reference, start);
        var page = await _client.GetStringAsync(link);

        var cancelled = await (await _client.PostAsync(link.Replace("/confirm", "?handler=Cancel"), Form(page))).Content.ReadAsStringAsync();
        var pressed = WebUtility.HtmlDecode(await (await _client.PostAsync(link, Form(page))).Content.ReadAsStringAsync());
        var opened = await _client.GetStringAsync(link);

        Assert.Contains("id=\"cancel-form\"", page);
        Assert.Contains("role=\"status\"", cancelled);
        Assert.Contains("role=\"alert\"", pressed);
        Assert.Contains(PageTexts.Texts["Manage.Cancelled", "ru"], pressed);
        Assert.DoesNotContain("id=\"confirm-button\"", opened);
        Assert.Contains("role=\"alert\"", opened);
        Assert.Null(await ReconfirmedAtAsync(reference));
        var lookup = await _client.GetFromJsonAsync<JsonElement>($"/api/appointments/{reference}?email=confirm.cancelled@example.org");
        Assert.Equal("cancelled", lookup.GetProperty("status").GetString());
    }

    [Fact]
    public async Task UnknownToken_SaysTheLinkIsInvalid_AndOffersNoButton()
    {
        var page = await _client.GetStringAsync("/appointment/not-a-real-token/confirm?lang=ar");

        Assert.Contains("role=\"alert\"", page);
        Assert.DoesNotContain("<button", page.Split("<main")[1].Split("</main>")[0]);
    }

    /// <summary>Sends the confirmation, moves the clock to the first reminder, sends it and reads its "I will come" link.</summary>
    private async Task<string> ReminderConfirmLinkAsync(string reference, DateTimeOffset start)
    {
        var dispatcher = _factory.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.DispatchDueAsync(default);
        _factory.Time.SetUtcNow(start.AddDays(-7));
        await dispatcher.DispatchDueAsync(default);
        foreach (var file in Directory.GetFiles(_pickup, "reminder.*.eml"))
        {
            var email = await ReceivedEmail.LoadAsync(file);
            if (email.Message.Subject?.Contains(reference) == true)
            {
                return new Uri(ConfirmLink().Match(email.Text).Value).PathAndQuery;
            }
        }

        throw new Xunit.Sdk.XunitException($"No reminder for {reference}.");
    }

    private async Task<DateTimeOffset?> ReconfirmedAtAsync(string reference)
    {
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.Appointments.Where(a => a.Reference == reference).Select(a => a.ReconfirmedAt).SingleAsync();
    }

    private async Task<(string Reference, DateTimeOffset Start)> BookAsync(string day, string email, string language)
    {
        var slots = await _client.GetFromJsonAsync<JsonElement>($"/api/services/{ServiceId}/slots?from={day}&to={day}&limit=1");
        var start = slots[0].GetProperty("start").GetString()!;
        var response = await _client.PostAsJsonAsync("/api/appointments", new
        {
            serviceId = ServiceId, start, fullName = "Kateryna Bondarenko", birthDate = "1979-09-30", email, persons = 1, language,
        });
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (answer.GetProperty("reference").GetString()!, DateTimeOffset.Parse(start, CultureInfo.InvariantCulture));
    }

    private static FormUrlEncodedContent Form(string page) =>
        new([new("__RequestVerificationToken", AntiForgery().Match(page).Groups[1].Value)]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();

    [GeneratedRegex(@"http://localhost/appointment/[A-Za-z0-9_-]+/confirm")]
    private static partial Regex ConfirmLink();
}
