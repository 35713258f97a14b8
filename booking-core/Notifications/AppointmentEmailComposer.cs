using System.Resources;
using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Localization;
using Termine.Booking.Office;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Notifications;

/// <summary>
/// Writes the e-mails of an appointment in the resident's language: plain text and HTML, the check-in QR code inline,
/// and a calendar file.
/// </summary>
public sealed class AppointmentEmailComposer(
    ServiceCatalog catalog, OfficeClock clock, IOptions<MailOptions> mail, IOptions<SiteOptions> site, IOptions<OfficeOptions> office)
{
    public static readonly ResourceTexts Texts =
        new(new ResourceManager("Termine.Booking.Notifications.Resources.EmailTexts", typeof(AppointmentEmailComposer).Assembly));

    /// <param name="tokens">Needed for a confirmation or reminder (QR code and link); null for a cancellation.</param>
    /// <param name="request">On a reminder that asks the resident to confirm (and perhaps warns of the release).</param>
    public MimeMessage Compose(
        Appointment appointment, MessageKind kind, AppointmentTokens? tokens, string messageId, int sequence, ReconfirmationRequest? request = null)
    {
        var content = With(EmailContent.For(appointment, kind, tokens, catalog.Find(appointment.ServiceId)!, clock, site.Value, office.Value), request);
        var message = new MimeMessage { Subject = content.Subject, MessageId = messageId, Date = clock.UtcNow };
        message.From.Add(new MailboxAddress(mail.Value.FromName, mail.Value.FromAddress));
        message.To.Add(new MailboxAddress(appointment.FullName, appointment.Email!));
        message.Headers.Add("Auto-Submitted", "auto-generated");

        var body = new BodyBuilder { TextBody = EmailText.Plain(content) };
        string? qrContentId = null;
        if (content.CheckInUrl is not null)
        {
            var qr = body.LinkedResources.Add("checkin-qr.png", QrCodeRenderer.Png(content.CheckInUrl), new ContentType("image", "png"));
            qr.ContentId = qrContentId = MimeUtils.GenerateMessageId(mail.Value.MessageIdDomain);
        }

        body.HtmlBody = EmailHtml.Render(content, qrContentId);
        var calendar = body.Attachments.Add("termin.ics", Encoding.UTF8.GetBytes(CalendarFile(appointment, content, sequence)),
            new ContentType("text", "calendar"));
        calendar.ContentType.Parameters.Add("method", kind == MessageKind.Cancellation ? "CANCEL" : "PUBLISH");
        calendar.ContentType.Charset = "utf-8";
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>The calendar file a confirmation with this sequence carries (the web booking's "add to calendar").</summary>
    public string CalendarFile(Appointment appointment, int sequence) =>
        CalendarFile(appointment, EmailContent.For(appointment, MessageKind.Confirmation, null, catalog.Find(appointment.ServiceId)!,
            clock, site.Value, office.Value), sequence);

    /// <summary>The content with the reminder's question and warning, the deadline written out in the resident's language.</summary>
    public EmailContent With(EmailContent content, ReconfirmationRequest? request) => request is null ? content : content with
    {
        ReconfirmUrl = request.ConfirmUrl,
        ReleaseDeadline = request.ReleaseDeadline is { } deadline ? AppointmentTimes.DateAndTime(clock.ToLocal(deadline), content.Language) : null,
    };

    private string CalendarFile(Appointment appointment, EmailContent content, int sequence) =>
        CalendarFileWriter.Write(
            uid: $"{appointment.Id:N}@{mail.Value.MessageIdDomain}",
            summary: Texts.Get("Calendar.Summary", content.Language, content.ServiceName),
            // Calendars show the location as it is typed into a map: the German address, the way it is on the building.
            location: content.Office.AddressOneLine,
            description: $"{Texts["Label.Reference", content.Language]}{Texts["Colon", content.Language]} {Bidi.Ltr(content.Reference, content.Language)}\n{EmailText.PhoneLine(content)}",
            localStart: clock.ToLocal(appointment.Start),
            localEnd: clock.ToLocal(appointment.End),
            timeZoneId: clock.Zone.Id,
            organizerAddress: mail.Value.FromAddress,
            sequence: sequence,
            cancelled: content.Kind == MessageKind.Cancellation,
            stamp: clock.UtcNow);
}
