using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Localization;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Notifications;

/// <summary>Everything an e-mail says, already in the resident's language; the plain and HTML bodies only lay it out.</summary>
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
        Appointment appointment, MessageKind kind, AppointmentTokens? tokens, ServiceDefinition service, OfficeClock clock, SiteOptions site)
    {
        var texts = AppointmentEmailComposer.Texts;
        var language = appointment.Language;
        var when = texts.DateAndTime(clock.ToLocal(appointment.Start), language);
        var reference = appointment.Reference!;
        var (subjectKey, introKey) = kind switch
        {
            MessageKind.Confirmation => ("Subject.Confirmation", "Intro.Confirmation"),
            MessageKind.Reminder => ("Subject.Reminder", "Intro.Reminder"),
            _ => ("Subject.Cancellation", "Intro.Cancellation"),
        };
        var withTokens = kind != MessageKind.Cancellation && tokens is not null;
        return new EmailContent(
            kind,
            language,
            texts.Get(subjectKey, language, when, reference),
            texts.Get("Greeting", language, appointment.FullName),
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
            People = PeopleOf(appointment, language),
        };
    }

    /// <summary>
    /// Every person of a family booking, one entry each, "Amina Haddad (17.05.1990)"; empty when only the number of
    /// persons is known, so the e-mail shows that number instead.
    /// </summary>
    public IReadOnlyList<string> People { get; init; } = [];

    private static List<string> PeopleOf(Appointment appointment, string language)
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
            .Select(p => $"{p.FullName} ({p.BirthDate.ToString(format, culture)})")
            .ToList();
    }
}
