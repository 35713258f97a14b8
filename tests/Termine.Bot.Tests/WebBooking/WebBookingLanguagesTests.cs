using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Http;
using Termine.Testing.Mail;

namespace Termine.Bot.Tests.WebBooking;

/// <summary>
/// A resident books, sees, moves and cancels an appointment without ever opening the chat, in each of the seven
/// languages: every step a page of the host, every form posted as a browser posts it, the next address taken from
/// the page before.
/// </summary>
public sealed partial class WebBookingLanguagesTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string ServiceId = "residence-permit-extension";

    [Theory]
    [InlineData("de", "2026-12-01")]
    [InlineData("en", "2026-12-02")]
    [InlineData("fr", "2026-12-03")]
    [InlineData("tr", "2026-12-04")]
    [InlineData("ar", "2026-12-07")]
    [InlineData("ru", "2026-12-08")]
    [InlineData("uk", "2026-12-09")]
    public async Task BookSeeMoveAndCancel_OnThePagesAlone(string language, string day)
    {
        var pickup = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
        await using var factory = new TermineFactory(database, new Dictionary<string, string?> { ["Termine:Mail:PickupDirectory"] = pickup },
            TestClientAddress.AddTo);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });

        var services = await PageAsync(client, $"/termin?lang={language}", language);
        var servicePath = WebUtility.HtmlDecode(Regex.Match(services, $"data-service=\"{ServiceId}\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*data-service=\"{ServiceId}\"") is { Success: true } link
            ? link.Groups[1].Success ? link.Groups[1].Value : link.Groups[2].Value : "");
        Assert.StartsWith($"/termin/{ServiceId}", servicePath);

        var week = await PageAsync(client, $"/termin/{ServiceId}?lang={language}&week={Monday(day)}", language);
        var action = Regex.Match(week, "<form method=\"post\" class=\"times[^\"]*\" action=\"([^\"]+)\">").Groups[1].Value;
        var start = WebUtility.HtmlDecode(Regex.Match(week, $"name=\"start\" value=\"({day}T[^\"]+)\"").Groups[1].Value);
        Assert.NotEmpty(action);
        Assert.NotEmpty(start);
        var held = await PostAsync(client, WebUtility.HtmlDecode(action), week, [new("start", start), new("persons", "1"), new("lang", language)]);
        Assert.Equal(HttpStatusCode.SeeOther, held.StatusCode);
        var details = held.Headers.Location!.OriginalString;

        var form = await PageAsync(client, details, language);
        var email = $"pages.{language}@example.org";
        var summary = await (await PostAsync(client, Path(details, "Review", language), form,
        [
            new("FullName", "Mariam Nasser"), new("BirthDay", "3"), new("BirthMonth", "9"), new("BirthYear", "1987"), new("Email", email), new("Phone", ""),
        ])).Content.ReadAsStringAsync();
        Assert.Contains("id=\"book\"", summary);
        var sealedData = WebUtility.HtmlDecode(Regex.Match(summary, "name=\"Data\" value=\"([^\"]+)\"").Groups[1].Value);
        var booked = await PostAsync(client, Path(details, "Book", language), summary, [new("Data", sealedData)]);
        Assert.Equal(HttpStatusCode.SeeOther, booked.StatusCode);

        var confirmation = await PageAsync(client, booked.Headers.Location!.OriginalString, language);
        Assert.Matches("<img id=\"qr\" src=\"data:image/png;base64,", confirmation);
        var manage = WebUtility.HtmlDecode(Regex.Match(confirmation, "id=\"manage\" href=\"([^\"]+)\"").Groups[1].Value);
        var appointment = await AppointmentAsync(factory, email);
        Assert.Equal((BookingChannels.Web, language, AppointmentStatus.Booked), (appointment.Channel, appointment.Language, appointment.Status));
        Assert.Contains(appointment.Reference!, confirmation);

        // The link on the confirmation is the e-mail's: it shows the appointment, moves it, and cancels it.
        var manager = await PageAsync(client, manage, language);
        Assert.Contains(appointment.Reference!, manager);
        var moveForm = Regex.Match(manager, "<form method=\"post\" class=\"move\" action=\"([^\"]+)\">(.*?)</form>", RegexOptions.Singleline);
        var newStart = Regex.Matches(moveForm.Groups[2].Value, "name=\"start\" id=\"[^\"]+\" value=\"([^\"]+)\"")
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).First(value => value != start);
        var moved = await PostAsync(client, WebUtility.HtmlDecode(moveForm.Groups[1].Value), manager, [new("start", newStart), new("lang", language)]);
        Assert.True(moved.IsSuccessStatusCode, $"moving answered {moved.StatusCode}");
        Assert.Equal(DateTimeOffset.Parse(newStart, System.Globalization.CultureInfo.InvariantCulture), (await AppointmentAsync(factory, email)).Start);

        // The move sent a new confirmation with a new link (the old one stopped working); that link cancels.
        var newManage = await NewManageLinkAsync(factory, pickup, appointment.Reference!, manage);
        var again = await PageAsync(client, newManage, language);
        var cancelAction = WebUtility.HtmlDecode(Regex.Match(again, "<form method=\"post\" action=\"([^\"]+handler=Cancel[^\"]*)\">").Groups[1].Value);
        Assert.NotEmpty(cancelAction);
        var cancelled = await PostAsync(client, cancelAction, again, [new("lang", language)]);
        Assert.True(cancelled.IsSuccessStatusCode, $"cancelling answered {cancelled.StatusCode}");
        Assert.Equal(AppointmentStatus.Cancelled, (await AppointmentAsync(factory, email)).Status);
        Directory.Delete(pickup, recursive: true);
    }

    private static async Task<string> NewManageLinkAsync(TermineFactory factory, string pickup, string reference, string oldLink)
    {
        await factory.Services.GetRequiredService<Termine.Booking.Notifications.OutboxDispatcher>().DispatchDueAsync(default);
        var oldToken = oldLink.Split('?')[0].Split('/')[^1];
        foreach (var file in Directory.GetFiles(pickup, "confirmation.*.eml"))
        {
            var email = await ReceivedEmail.LoadAsync(file);
            var token = ManageLink().Match(email.Text).Groups[1].Value;
            if (email.Message.Subject?.Contains(reference, StringComparison.Ordinal) == true && token.Length > 0 && token != oldToken)
            {
                return $"/appointment/{token}";
            }
        }

        throw new Xunit.Sdk.XunitException($"No confirmation of the move of {reference} in {pickup}.");
    }

    private static async Task<string> PageAsync(HttpClient client, string path, string language)
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {response.StatusCode}");
        Assert.Contains($"<html lang=\"{language}\"", html);
        return html;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string action, string page, KeyValuePair<string, string>[] fields) =>
        client.PostAsync(action, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", WebUtility.HtmlDecode(AntiForgery().Match(page).Groups[1].Value)), .. fields]));

    private static string Path(string details, string handler, string language) =>
        $"{details.Split('?')[0]}?handler={handler}&lang={language}";

    private static string Monday(string day)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        return date.AddDays(-(((int)date.DayOfWeek + 6) % 7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<Appointment> AppointmentAsync(TermineFactory factory, string email)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.Appointments.AsNoTracking().SingleAsync(a => a.Email == email);
    }

    [GeneratedRegex(@"/appointment/([A-Za-z0-9_-]+)")]
    private static partial Regex ManageLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();
}
