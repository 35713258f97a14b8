using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.CheckIn;
using Termine.Booking.Notifications;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;
using Termine.Testing.Residents;

namespace Termine.Booking.Tests.Notifications;

/// <summary>The confirmation as it lands in the pickup folder, in each of the seven languages.</summary>
public sealed class ConfirmationEmailTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";
    private static readonly DateTimeOffset Tuesday8 = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(1));

    private readonly TestDatabase _database;
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private BookingHost _host = null!;

    public ConfirmationEmailTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() =>
        _host = await BookingHost.StartAsync(_database, new Dictionary<string, string?>
        {
            ["Termine:Mail:PickupDirectory"] = _pickup,
            ["Termine:PublicBaseUrl"] = "https://termine.example.test",
        });

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }

    [NeedsTheory(Need.QrDecoder)]
    [InlineData("de", "Dienstag, 1. Dezember 2026")]
    [InlineData("en", "Tuesday 1 December 2026")]
    [InlineData("fr", "mardi 1 décembre 2026")]
    [InlineData("tr", "1 Aralık 2026 Salı")]
    [InlineData("ar", "الثلاثاء، 1 ديسمبر 2026")]
    [InlineData("ru", "вторник, 1 декабря 2026 г.")]
    [InlineData("uk", "вівторок, 1 грудня 2026 р.")]
    public async Task Confirmation_EachLanguage_IsWrittenInItWithDateDocumentsQrAndCalendar(string language, string date)
    {
        var start = Tuesday8.AddMinutes(30 * Array.IndexOf(Languages.All.ToArray(), language));
        var booked = await BookAsync(start, $"{language}@example.org", language);

        var email = await ReceivedEmail.LoadAsync(await DeliveredFileAsync(booked));

        var service = _host.Get<ServiceCatalog>().Find(ServiceId)!;
        Assert.Contains(date, email.Message.Subject);
        Assert.Contains(booked.Appointment.Reference, email.Message.Subject);
        Assert.Contains(date, email.Text);
        Assert.Contains(service.Name[language], email.Text);
        Assert.All(service.Documents, d => Assert.Contains(d.Name[language], email.Text));
        // Arabic isolates the German words of a note ("(eAT)") in <bdi dir="ltr">; the note reads the same without them.
        var html = System.Text.RegularExpressions.Regex.Replace(email.Html, "</?bdi[^>]*>", "");
        Assert.All(service.Documents, d => Assert.Contains(d.Note[language], System.Net.WebUtility.HtmlDecode(html)));
        Assert.Contains($"lang=\"{language}\" dir=\"{(language == "ar" ? "rtl" : "ltr")}\"", email.Html);
        Assert.Contains("Lindenstraße 10", email.Text);
        Assert.Contains("41515 Grevenbroich", email.Text);
        Assert.Contains($"https://termine.example.test/appointment/{booked.Tokens!.Manage}", email.Text);
        Assert.Equal($"https://termine.example.test/checkin/{booked.Tokens.CheckIn}", await QrDecoder.DecodeAsync(await email.QrPngAsync()));
    }

    [Fact]
    public async Task Confirmation_Structure_IsAlternativeWithInlineQrAndCalendarInTheOfficesZone()
    {
        var booked = await BookAsync(Tuesday8.AddDays(1), "structure@example.org", "de");

        var email = await ReceivedEmail.LoadAsync(await DeliveredFileAsync(booked));

        var mixed = Assert.IsType<MimeKit.Multipart>(email.Message.Body);
        var alternative = Assert.IsType<MimeKit.MultipartAlternative>(mixed[0]);
        Assert.Equal("text/plain", alternative[0].ContentType.MimeType);
        var related = Assert.IsType<MimeKit.MultipartRelated>(alternative[1]);
        Assert.Equal("text/html", related[0].ContentType.MimeType);
        Assert.Contains($"cid:{email.QrImage!.ContentId}", email.Html);
        var calendar = await email.CalendarTextAsync();
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20261202T080000", calendar);
        Assert.Contains("BEGIN:VTIMEZONE", calendar);
        Assert.Contains("BEGIN:DAYLIGHT", calendar);
        Assert.StartsWith("confirmation.", email.Message.MessageId);
    }

    [Fact]
    public async Task Confirmation_NameWithMarkup_IsEscapedInTheHtml()
    {
        var person = People.Resident("markup@example.org") with { FullName = "Amina <b>Haddad</b> & Söhne" };
        var result = await _host.Get<BookingService>().BookAsync(new BookingRequest(ServiceId, Tuesday8.AddDays(2), 1, person), "c", null, default);

        Assert.Contains(Assert.IsType<BookingResult.Invalid>(result).Errors, e => e.Field == "fullName");
        var person2 = person with { FullName = "Amina O'Neil & Söhne" };
        var booked = Assert.IsType<BookingResult.Booked>(await _host.Get<BookingService>().BookAsync(new BookingRequest(ServiceId, Tuesday8.AddDays(2), 1, person2), "c", null, default));
        var email = await ReceivedEmail.LoadAsync(await DeliveredFileAsync(booked));
        Assert.Contains("Amina O&#x27;Neil &amp; Söhne", email.Html);
        Assert.Contains("Amina O'Neil & Söhne", email.Text);
    }

    [NeedsFact(Need.QrDecoder)]
    public async Task QrCode_ScannedOnTheDay_ChecksTheResidentIn()
    {
        var booked = await BookAsync(Tuesday8.AddDays(3).AddHours(2), "scan@example.org", "tr");
        var email = await ReceivedEmail.LoadAsync(await DeliveredFileAsync(booked));
        var url = await QrDecoder.DecodeAsync(await email.QrPngAsync());
        var token = url[(url.LastIndexOf('/') + 1)..];
        var checkIn = _host.Get<CheckInService>();

        var early = await checkIn.CheckInAsync(token, default);
        _host.Time.SetUtcNow(booked.Appointment.Start.AddMinutes(-20));
        var first = await checkIn.CheckInAsync(token, default);
        var second = await checkIn.CheckInAsync(token, default);

        Assert.IsType<CheckInResult.WrongDay>(early);
        var arrived = Assert.IsType<CheckInResult.CheckedIn>(first);
        Assert.False(arrived.Again);
        Assert.Equal(AppointmentStatus.Arrived, arrived.Appointment.Status);
        var again = Assert.IsType<CheckInResult.CheckedIn>(second);
        Assert.True(again.Again);
        Assert.Equal(arrived.WaitingNumber, again.WaitingNumber);
        Assert.IsType<CheckInResult.Unknown>(await checkIn.CheckInAsync("not-a-token", default));
    }

    private async Task<BookingResult.Booked> BookAsync(DateTimeOffset start, string email, string language)
    {
        var result = await _host.Get<BookingService>().BookAsync(
            new BookingRequest(ServiceId, start, 1, People.Resident(email, language)), "c", null, default);
        return Assert.IsType<BookingResult.Booked>(result);
    }

    /// <summary>Lets the outbox send and returns the file of this booking's confirmation.</summary>
    private async Task<string> DeliveredFileAsync(BookingResult.Booked booked)
    {
        await _host.Get<OutboxDispatcher>().DispatchDueAsync(default);
        foreach (var file in Directory.GetFiles(_pickup, "confirmation.*.eml"))
        {
            if ((await ReceivedEmail.LoadAsync(file)).Text.Contains(booked.Appointment.Reference))
            {
                return file;
            }
        }

        throw new Xunit.Sdk.XunitException($"No confirmation for {booked.Appointment.Reference} in {_pickup}");
    }
}
