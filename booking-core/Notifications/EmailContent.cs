using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
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
            site.PublicBaseUrl);
    }
}
