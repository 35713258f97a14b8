using Microsoft.EntityFrameworkCore;
using Termine.Booking;
using Termine.Booking.Appointments;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Testing.Mail;

/// <summary>One composed e-mail: its language and kind, and the message as a mail client takes it apart.</summary>
public sealed record EmailSample(string Language, MessageKind Kind, ReceivedEmail Email)
{
    public override string ToString() => $"{Kind} {Language}";
}

/// <summary>
/// Every kind of e-mail (confirmation, reminder, cancellation) in each of the seven languages, written by the real
/// composer for a real booking in a database of its own: a family of two, the resident's name as people of that
/// language write it (one with an apostrophe, which the HTML must encode). The reminder is the richest one: it asks the
/// resident to confirm and warns of the release, so every check covers those blocks too. Composed once for a test class.
/// </summary>
public sealed class EmailSamples : IAsyncLifetime
{
    public const string ServiceId = "residence-permit-extension";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["de"] = "Amina Haddad",
        ["en"] = "Amina Haddad",
        ["fr"] = "Zoé D'Arcy-Lefèvre",
        ["tr"] = "Ayşe Yılmaz",
        ["ar"] = "أمينة حداد",
        ["ru"] = "Ольга Смирнова",
        ["uk"] = "Оксана Коваленко",
    };

    private static readonly DateTimeOffset Tuesday8 = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(1));

    private readonly TestDatabase _database = new();

    public const string BaseUrl = "https://termine.example.test";

    public BookingHost Host { get; private set; } = null!;

    public IReadOnlyList<EmailSample> All { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        Host = await BookingHost.StartAsync(_database, new Dictionary<string, string?> { ["Termine:PublicBaseUrl"] = BaseUrl });
        All = await ComposeAllAsync(Host);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static async Task<IReadOnlyList<EmailSample>> ComposeAllAsync(BookingHost host)
    {
        var samples = new List<EmailSample>();
        foreach (var (language, index) in Languages.All.Select((l, i) => (l, i)))
        {
            var person = new PersonalData(Names[language], new DateOnly(1990, 5, 17), $"sample-{language}@example.org", "+49 2181 12345", language)
            {
                Companions = [new("Omar Haddad", new DateOnly(2012, 5, 5))],
            };
            var start = Tuesday8.AddDays(7 * (index / 4)).AddHours(index % 4);
            var booked = Assert.IsType<BookingResult.Booked>(
                await host.Get<BookingService>().BookAsync(new BookingRequest(ServiceId, start, 2, person), "c", null, default));
            await using var db = await host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
            var appointment = await db.Appointments.Include(a => a.Companions).SingleAsync(a => a.Id == booked.Appointment.Id);
            var composer = host.Get<AppointmentEmailComposer>();
            // The waiting list's e-mails are about an entry, not an appointment: WaitlistTests compose them.
            foreach (var kind in Enum.GetValues<MessageKind>().Where(k => k is not (MessageKind.WaitlistJoined or MessageKind.WaitlistOffer or MessageKind.WaitlistClosed)))
            {
                var tokens = kind == MessageKind.Cancellation ? null : booked.Tokens;
                var request = kind == MessageKind.Reminder
                    ? new ReconfirmationRequest($"{BaseUrl}/appointment/{tokens!.Manage}/confirm", start.AddHours(-12))
                    : null;
                var message = composer.Compose(appointment, kind, tokens, $"{kind}.{language}@example.test", 1, request);
                samples.Add(new EmailSample(language, kind, new ReceivedEmail(message)));
            }
        }

        return samples;
    }
}
