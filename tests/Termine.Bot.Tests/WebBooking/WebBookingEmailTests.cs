using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Notifications;
using Termine.Bot.WebBooking;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;

namespace Termine.Bot.Tests.WebBooking;

/// <summary>A booking through the web form sends the same confirmation as every channel, through a real SMTP server.</summary>
public sealed partial class WebBookingEmailTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string ServiceId = "residence-permit-extension";

    [NeedsFact(Need.SmtpServer | Need.QrDecoder)]
    public async Task TheConfirmationEmail_ArrivesOverSmtp_WithTheQrCodeOfTheConfirmationPage()
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var factory = new TermineFactory(database, new Dictionary<string, string?>
        {
            ["Termine:Mail:Smtp:Host"] = "127.0.0.1",
            ["Termine:Mail:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Termine:Mail:Smtp:Security"] = "None",
            ["Termine:Mail:Smtp:Timeout"] = "00:00:05",
        });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });
        var slots = await client.GetFromJsonAsync<JsonElement>($"/api/services/{ServiceId}/slots?from=2026-12-01&to=2026-12-01&limit=1");
        var start = DateTimeOffset.Parse(slots[0].GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var hold = Assert.IsType<HoldResult.Held>(await factory.Services.GetRequiredService<BookingService>().HoldAsync(ServiceId, start, 1, "smtp-test", default));
        var path = $"/termin/{ServiceId}/details/" + factory.Services.GetRequiredService<HoldTickets>()
            .Seal(new HoldTicket(hold.HoldId, ServiceId, 1, hold.Start, hold.End, hold.ExpiresAt));

        var form = await client.GetStringAsync($"{path}?lang=ar");
        var summary = await (await client.PostAsync($"{path}?handler=Review&lang=ar", Form(form,
        [
            new("lang", "ar"), new("FullName", "Amina Haddad"), new("BirthDay", "17"), new("BirthMonth", "5"), new("BirthYear", "1990"),
            new("Email", "smtp.web@example.org"),
        ]))).Content.ReadAsStringAsync();
        var data = WebUtility.HtmlDecode(Regex.Match(summary, "name=\"Data\" value=\"([^\"]+)\"").Groups[1].Value);
        var booked = await client.PostAsync($"{path}?handler=Book&lang=ar", Form(summary, [new("lang", "ar"), new("Data", data)]));
        var confirmation = await client.GetStringAsync(booked.Headers.Location!.OriginalString);
        var sent = await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);

        Assert.Equal(1, sent);
        var email = await ReceivedEmail.LoadAsync(Assert.Single(smtp.Received()));
        var reference = Regex.Match(confirmation, "id=\"reference\"><bdi dir=\"ltr\">([A-Z0-9-]+)<").Groups[1].Value;
        Assert.Contains(reference, email.Message.Subject);
        Assert.Equal("smtp.web@example.org", email.Message.To.Mailboxes.Single().Address);
        var pageQr = Convert.FromBase64String(WebUtility.HtmlDecode(Regex.Match(confirmation, "data:image/png;base64,([^\"]+)").Groups[1].Value));
        Assert.Equal(await QrDecoder.DecodeAsync(await email.QrPngAsync()), await QrDecoder.DecodeAsync(pageQr));
        Assert.DoesNotContain("chat", email.Text, StringComparison.OrdinalIgnoreCase);
    }

    private static FormUrlEncodedContent Form(string page, KeyValuePair<string, string>[] fields) =>
        new([new("__RequestVerificationToken", AntiForgery().Match(page).Groups[1].Value), .. fields]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();
}
