using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Localization;
using Termine.Booking.Office;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Notifications;

/// <summary>
/// Everything an e-mail says, already in the resident's language; the plain and HTML bodies only lay it out. The
/// subject and greeting are finished plain text (name and reference isolated); every other value stays raw, and each
/// body isolates it in its own way (Unicode isolates in plain text, &lt;bdi&gt; and dir="ltr" in HTML).
/// </summary>
public sealed record EmailContent(
    MessageKind Kind,
    string Language,
    string Subject,
    string Greeting,
    string Intro,
    string ServiceName,
    string When,
    int Persons,
    string Reference,
    IReadOnlyList<(string Name, string Note)> Documents,
    string? CheckInUrl,
    string? ManageUrl,
    string BookingUrl)
{
    public static EmailContent For(
        Appointment appointment, MessageKind kind, AppointmentTokens? tokens, ServiceDefinition service, OfficeClock clock,
        SiteOptions site, OfficeOptions office)
    {
        var texts = AppointmentEmailComposer.Texts;
        var language = appointment.Language;
        var when = AppointmentTimes.DateAndTime(clock.ToLocal(appointment.Start), language);
        var reference = appointment.Reference!;
        var (subjectKey, introKey) = kind switch
        {
            MessageKind.Confirmation => ("Subject.Confirmation", "Intro.Confirmation"),
            MessageKind.Reminder => ("Subject.Reminder", "Intro.Reminder"),
            _ when appointment.CancellationCause == CancellationCause.NotReconfirmed => ("Subject.Cancellation", "Intro.Cancellation.Released"),
            _ => ("Subject.Cancellation", "Intro.Cancellation"),
        };
        var withTokens = kind != MessageKind.Cancellation && tokens is not null;
        var name = appointment.FullName ?? "";
        return new EmailContent(
            kind,
            language,
            // The subject is plain text in every mail client: the reference is isolated there, inside Arabic.
            texts.Get(subjectKey, language, when, Bidi.Ltr(reference, language)),
            texts.Get("Greeting", language, Bidi.Isolate(name)),
            texts[introKey, language],
            service.Name[language],
            when,
            appointment.Persons,
            reference,
            service.Documents.Select(d => (d.Name[language], d.Note[language])).ToList(),
            withTokens ? site.CheckInUrl(tokens!.CheckIn) : null,
            withTokens ? site.ManageUrl(tokens!.Manage) : null,
            site.PublicBaseUrl)
        {
            ResidentName = name,
            People = PeopleOf(appointment, language),
            Office = office,
            LegalLinks =
            [
                new(texts["Legal.Imprint", language], site.LegalUrl(LegalPage.Imprint, language)),
                new(texts["Legal.Privacy", language], site.LegalUrl(LegalPage.Privacy, language)),
                new(texts["Legal.Accessibility", language], site.LegalUrl(LegalPage.Accessibility, language)),
            ],
        };
    }

    /// <summary>
    /// The first reminder's question (and the warning's way out): the link to the page with the "I will come" button;
    /// null in every other message and once the appointment is confirmed.
    /// </summary>
    public string? ReconfirmUrl { get; init; }

    /// <summary>When set, the reminder warns that the appointment is released unless confirmed by then (local time, written out).</summary>
    public string? ReleaseDeadline { get; init; }

    /// <summary>The name as the resident typed it, for the HTML greeting (which isolates it with &lt;bdi&gt;).</summary>
    public string ResidentName { get; init; } = "";

    /// <summary>
    /// Every person of a family booking, one entry each, name and birth date ("Amina Haddad", "17.05.1990"); empty when
    /// only the number of persons is known, so the e-mail shows that number instead.
    /// </summary>
    public IReadOnlyList<(string Name, string BirthDate)> People { get; init; } = [];

    /// <summary>The office's official German name, address and telephone number, written as on the building.</summary>
    public OfficeOptions Office { get; init; } = new();

    /// <summary>Imprint, privacy notice and accessibility statement, named and linked in the resident's language.</summary>
    public IReadOnlyList<(string Name, string Url)> LegalLinks { get; init; } = [];

    /// <summary>
    /// The authority's name in the resident's language, shown above the German address; null in German, where the
    /// address's first line already is that name.
    /// </summary>
    public string? TranslatedOfficeName =>
        AppointmentEmailComposer.Texts["Office.Name", Language] is var name && name != Office.Name ? name : null;

    private static List<(string Name, string BirthDate)> PeopleOf(Appointment appointment, string language)
    {
        if (appointment.Companions.Count == 0 || appointment.FullName is null || appointment.BirthDate is null)
        {
            return [];
        }

        var format = AppointmentEmailComposer.Texts["BirthDateFormat", language];
        var culture = LanguageCultures.Formatting(language);
        return appointment.Companions.OrderBy(c => c.Position)
            .Select(c => (c.FullName, c.BirthDate))
            .Prepend((FullName: appointment.FullName, BirthDate: appointment.BirthDate.Value))
            .Select(p => (p.FullName, p.BirthDate.ToString(format, culture)))
            .ToList();
    }
}
