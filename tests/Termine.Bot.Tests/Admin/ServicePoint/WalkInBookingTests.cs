using System.Text.RegularExpressions;
using Termine.Booking.Appointments;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Testing.Databases;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;

namespace Termine.Bot.Tests.Admin.ServicePoint;

/// <summary>Staff book for a walk-in or a caller through /admin/appointments/new.</summary>
public sealed partial class WalkInBookingTests(TestDatabase database) : ServicePointTestHost(database), IClassFixture<TestDatabase>
{
    [NeedsFact(Need.QrDecoder)]
    public async Task WithoutEmail_ShowsTheReferenceAndAPrintableQrCode_AndSendsNothing()
    {
        var start = await FirstSlotAsync("2026-12-01");

        var html = System.Net.WebUtility.HtmlDecode(await BookAsync(start, "Ayşe Yılmaz", email: "", language: "tr"));

        var reference = Reference().Match(html).Groups[1].Value;
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}$", reference);
        Assert.Contains("lang=\"tr\"", html);
        var qr = QrImage().Match(html);
        Assert.True(qr.Success, "The printout has no QR code image.");
        var checkIn = await QrDecoder.DecodeAsync(Convert.FromBase64String(qr.Groups[1].Value));
        Assert.Contains("/checkin/", checkIn);
        Assert.Empty(await MailsAsync("confirmation", reference));
        var stored = await InDatabaseAsync(db => Task.FromResult(db.Appointments.Single(a => a.Reference == reference)));
        Assert.Equal(BookingChannels.ServicePoint, stored.Channel);
        Assert.Null(stored.Email);
        Assert.Equal("tr", stored.Language);
    }

    [Fact]
    public async Task WithEmail_SendsTheConfirmationInTheChosenLanguage()
    {
        var start = await FirstSlotAsync("2026-12-02");

        var html = await BookAsync(start, "Jean Dupont", email: "jean.dupont@example.org", language: "fr");

        var reference = Reference().Match(html).Groups[1].Value;
        Assert.DoesNotMatch(QrImage(), html);
        var mail = Assert.Single(await MailsAsync("confirmation", reference));
        var texts = AppointmentEmailComposer.Texts;
        Assert.Equal(texts.Get("Subject.Confirmation", "fr", AppointmentTimes.DateAndTime(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), "fr"), reference), mail.Message.Subject);
    }

    [Fact]
    public async Task MissingAndWrongFields_AreNamedInGerman()
    {
        await FirstSlotAsync("2026-12-03");

        var response = await Staff.PostFormAsync("/admin/appointments/new", new()
        {
            ["ServiceId"] = ServiceId, ["Persons"] = "1", ["Date"] = "2026-12-03", ["FullName"] = "", ["BirthDate"] = "",
            ["Email"] = "kein-at-zeichen", ["Phone"] = "12", ["Language"] = "de",
        }, formPage: $"/admin/appointments/new?ServiceId={ServiceId}&Date=2026-12-03");
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("Uhrzeit: Bitte wählen Sie eine freie Zeit aus.", html);
        Assert.Contains("Name: Bitte geben Sie den vollständigen Namen an.", html);
        Assert.Contains("Geburtsdatum: Bitte geben Sie das Geburtsdatum an.", html);
        Assert.Contains("E-Mail: Die Adresse ist ungültig.", html);
        Assert.Contains("Telefon: 6 bis 15 Ziffern", html);
        Assert.Contains("aria-invalid=\"true\"", html);
    }

    [Fact]
    public async Task ASlotTakenMeanwhile_SaysSoClearly()
    {
        var start = await FirstSlotAsync("2026-12-04");
        var instant = DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        var bookings = Get<BookingService>();
        for (var i = 0; ; i++)
        {
            var request = new BookingRequest(ServiceId, instant, 1, new PersonalData("Erika Mustermann", new DateOnly(1970, 1, 1), $"other{i}@example.org", null, "de"));
            if (await bookings.BookAsync(request, "test", null, default) is BookingResult.SlotTaken)
            {
                break;
            }
        }

        var html = await BookAsync(start, "Max Mustermann", email: "", language: "de");

        Assert.Contains("Diese Zeit ist inzwischen anderweitig vergeben.", System.Net.WebUtility.HtmlDecode(html));
        Assert.DoesNotMatch(Reference(), html);
    }

    [Fact]
    public async Task EmailStaysRequired_ForResidentsChannels()
    {
        var start = DateTimeOffset.Parse(await FirstSlotAsync("2026-12-07"), System.Globalization.CultureInfo.InvariantCulture);
        var person = new PersonalData("Erika Mustermann", new DateOnly(1970, 1, 1), null, null, "de");

        var api = await Get<BookingService>().BookAsync(new BookingRequest(ServiceId, start, 1, person), "test", null, default);
        var claimed = await Get<BookingService>().BookAsync(new BookingRequest(ServiceId, start, 1, person, "api", EmailRequirement.OptionalAtServicePoint), "test", null, default);

        Assert.Contains(Assert.IsType<BookingResult.Invalid>(api).Errors, e => e.Field == "email");
        Assert.Contains(Assert.IsType<BookingResult.Invalid>(claimed).Errors, e => e.Field == "email" && e.Code == "required");
    }

    private async Task<string> FirstSlotAsync(string day)
    {
        var page = await Staff.Client.GetStringAsync($"/admin/appointments/new?ServiceId={ServiceId}&Persons=1&Date={day}");
        return SlotValues(page, "Start")[0];
    }

    private async Task<string> BookAsync(string start, string fullName, string email, string language)
    {
        var day = start[..10];
        var response = await Staff.PostFormAsync("/admin/appointments/new", new()
        {
            ["ServiceId"] = ServiceId, ["Persons"] = "1", ["Date"] = day, ["Start"] = start, ["FullName"] = fullName,
            ["BirthDate"] = "1985-03-02", ["Email"] = email, ["Phone"] = "", ["Language"] = language,
        }, formPage: $"/admin/appointments/new?ServiceId={ServiceId}&Date={day}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("id=\"booked-reference\">([A-Z0-9-]+)<")]
    private static partial Regex Reference();

    [GeneratedRegex("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"")]
    private static partial Regex QrImage();
}
