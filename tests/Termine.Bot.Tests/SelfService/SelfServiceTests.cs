using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;

namespace Termine.Bot.Tests.SelfService;

/// <summary>Check-in and the cancel/move page, reached with the tokens from a real confirmation e-mail.</summary>
public sealed partial class SelfServiceTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";
    private readonly TestDatabase _database;
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private TermineFactory _factory = null!;
    private HttpClient _client = null!;

    public SelfServiceTests(TestDatabase database) => _database = database;

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(_database, new Dictionary<string, string?> { ["Termine:Mail:PickupDirectory"] = _pickup });
        // https: outside Development the anti-forgery cookie is Secure (__Host-), so a browser sends it back only over HTTPS.
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

    [NeedsFact(Need.QrDecoder)]
    public async Task CheckInApi_OnTheDay_GivesANumberOnceAndTheSameNumberAgain()
    {
        var (reference, start) = await BookAsync("2026-12-03", "checkin@example.org", "ru");
        var (_, token, _) = await MailboxReader.ConfirmationAsync(_factory.Services, _pickup, reference);

        var early = await _client.PostAsJsonAsync("/api/checkin", new { token });
        _factory.Time.SetUtcNow(start.AddMinutes(-15));
        var first = await (await _client.PostAsJsonAsync("/api/checkin", new { token })).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await _client.PostAsJsonAsync("/api/checkin", new { token })).Content.ReadFromJsonAsync<JsonElement>();
        var unknown = await _client.PostAsJsonAsync("/api/checkin", new { token = "forged" });

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("3 декабря 2026", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(first.GetProperty("waitingNumber").GetInt32(), second.GetProperty("waitingNumber").GetInt32());
        Assert.True(second.GetProperty("again").GetBoolean());
        Assert.Equal("ru", first.GetProperty("language").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [NeedsFact(Need.QrDecoder)]
    public async Task CheckInPage_OpeningTheLinkChangesNothing_TheButtonChecksIn()
    {
        var (reference, start) = await BookAsync("2026-12-04", "page@example.org", "fr");
        var (_, token, _) = await MailboxReader.ConfirmationAsync(_factory.Services, _pickup, reference);
        _factory.Time.SetUtcNow(start.AddMinutes(-10));

        var page = await _client.GetStringAsync($"/checkin/{token}");
        var withoutToken = await _client.PostAsync($"/checkin/{token}", new FormUrlEncodedContent([]));
        var done = await _client.PostAsync($"/checkin/{token}", Form(page, []));

        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", page);
        Assert.DoesNotContain("class=\"waiting-number\"", page);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        var html = await done.Content.ReadAsStringAsync();
        Assert.Matches("class=\"waiting-number\"[^>]*>\\d+<", html);
    }

    [NeedsFact(Need.QrDecoder)]
    public async Task CheckInPage_SixDaysEarly_SaysTheDayFirstAndOffersNoButton()
    {
        var (reference, start) = await BookAsync("2026-12-09", "early@example.org", "de");
        var (_, token, _) = await MailboxReader.ConfirmationAsync(_factory.Services, _pickup, reference);
        _factory.Time.SetUtcNow(start.AddDays(-6));

        var page = await _client.GetStringAsync($"/checkin/{token}");

        var notice = page.IndexOf("class=\"result notice\"", StringComparison.Ordinal);
        Assert.True(notice > 0, "the page does not say that it is not the day");
        Assert.Contains("Ihr Termin ist am Mittwoch, 9. Dezember 2026", page[notice..], StringComparison.Ordinal);
        Assert.Contains("nur am Tag Ihres Termins", page, StringComparison.Ordinal);
        Assert.True(notice < page.IndexOf("class=\"summary\"", StringComparison.Ordinal), "the summary comes before the notice");
        Assert.DoesNotContain("<button", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", page, StringComparison.Ordinal);
    }

    [NeedsFact(Need.QrDecoder)]
    public async Task CheckInPage_ForACancelledAppointment_SaysSoAndOffersNoButton()
    {
        var (reference, _) = await BookAsync("2026-12-10", "cancelled-checkin@example.org", "ar");
        var (_, token, manage) = await MailboxReader.ConfirmationAsync(_factory.Services, _pickup, reference);
        var managePage = await _client.GetStringAsync($"/appointment/{manage}");
        await _client.PostAsync($"/appointment/{manage}?handler=Cancel", Form(managePage, []));

        var page = await _client.GetStringAsync($"/checkin/{token}");

        Assert.Contains("role=\"alert\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<button", page, StringComparison.Ordinal);
        // A German word in the Arabic text is isolated, so the brackets and full stop around it stay in place.
        foreach (Match latin in Regex.Matches(Termine.Bot.SelfService.PageTexts.Texts["CheckIn.Cancelled", "ar"], "[A-Za-z]+"))
        {
            Assert.Contains($"<bdi dir=\"ltr\">{latin.Value}</bdi>", page, StringComparison.Ordinal);
        }
    }

    [NeedsFact(Need.QrDecoder)]
    public async Task ManagePage_GroupsTheTimesByDay_OneFieldsetEach_AndOneButton()
    {
        var (reference, _) = await BookAsync("2026-12-11", "grouped@example.org", "ar");
        var (_, _, manage) = await MailboxReader.ConfirmationAsync(_factory.Services, _pickup, reference);

        var page = await _client.GetStringAsync($"/appointment/{manage}?from=2026-12-14");

        var days = Regex.Matches(page, "<fieldset class=\"day\">\\s*<legend class=\"day-name\">([^<]+)</legend>").Select(m => m.Groups[1].Value).ToList();
        Assert.True(days.Count >= 2, $"times on {days.Count} day(s)");
        Assert.Equal(days.Count, days.Distinct().Count());
        Assert.Single(Regex.Matches(page, "class=\"move-action\""));
        Assert.Contains($"<bdi dir=\"ltr\">{reference}</bdi>", page, StringComparison.Ordinal);
        Assert.Matches("<label for=\"slot-\\d+\"><bdi dir=\"ltr\">\\d\\d:\\d\\d</bdi></label>", page);
    }

    [NeedsFact(Need.QrDecoder)]
    public async Task ManagePage_Cancel_CancelsAndTheLinkThenSaysSo()
    {
        var (reference, _) = await BookAsync("2026-12-07", "manage-cancel@example.org", "uk");
        var (_, _, manage) = await MailboxReader.ConfirmationAsync(_factory.Services, _pickup, reference);

        var page = await _client.GetStringAsync($"/appointment/{manage}");
        var cancelled = await (await _client.PostAsync($"/appointment/{manage}?handler=Cancel", Form(page, []))).Content.ReadAsStringAsync();
        var lookup = await _client.GetAsync($"/api/appointments/{reference}?email=manage-cancel@example.org");

        Assert.Contains("<html lang=\"uk\" dir=\"ltr\">", page);
        Assert.Contains(reference, page);
        Assert.Contains("role=\"status\"", cancelled);
        Assert.Equal("cancelled", (await lookup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [NeedsFact(Need.QrDecoder)]
    public async Task ManagePage_Move_MovesToTheChosenTimeAndTheOldLinkStopsWorking()
    {
        var (reference, start) = await BookAsync("2026-12-08", "manage-move@example.org", "tr");
        var (_, _, manage) = await MailboxReader.ConfirmationAsync(_factory.Services, _pickup, reference);

        var page = await _client.GetStringAsync($"/appointment/{manage}?from=2026-12-10");
        var choice = SlotValue().Match(page).Groups[1].Value.Replace("&#x2B;", "+");
        var moved = await _client.PostAsync($"/appointment/{manage}?handler=Move", Form(page, [new("start", choice)]));
        var oldLink = await _client.GetStringAsync($"/appointment/{manage}");

        Assert.StartsWith("2026-12-10", choice);
        Assert.Contains("role=\"status\"", await moved.Content.ReadAsStringAsync());
        var now = await (await _client.GetAsync($"/api/appointments/{reference}?email=manage-move@example.org")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(choice, now.GetProperty("start").GetString());
        Assert.NotEqual(start.ToString("yyyy-MM-dd'T'HH:mm:sszzz"), choice);
        Assert.Contains("role=\"alert\"", oldLink);
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
        return (answer.GetProperty("reference").GetString()!, DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static FormUrlEncodedContent Form(string page, KeyValuePair<string, string>[] fields) =>
        new([new("__RequestVerificationToken", AntiForgery().Match(page).Groups[1].Value), .. fields]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();

    [GeneratedRegex("name=\"start\" id=\"[^\"]+\" value=\"([^\"]+)\"")]
    private static partial Regex SlotValue();
}
