using System.Text.Json;
using Microsoft.Extensions.Options;
using MimeKit;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Office;
using Termine.Booking.Scheduling;
using Termine.Booking.Waitlist;

namespace Termine.Booking.Notifications;

/// <summary>
/// Writes an outbox row's message when it is sent, from the appointment as it is now: the tokens of the generation the
/// row was issued for (derived again, never stored), the resident's language and the catalog's texts. A confirmation
/// or reminder of an appointment moved or cancelled since is withdrawn; so is any message whose appointment has lost
/// its address (anonymised by retention, or gone).
/// </summary>
public sealed class OutboxComposer(
    AppointmentEmailComposer emails, ServiceCatalog catalog, TokenKey key, OfficeClock clock, IOptions<SiteOptions> site,
    IOptions<OfficeOptions> office, WaitlistMailComposer waitlist)
{
    public async Task<ComposedMessage> ComposeAsync(OutboxMessage row, Appointment? appointment, CancellationToken cancellationToken)
    {
        if (row.Content is { } content)
        {
            // Composed before ComposeAtSend: its tokens were random and exist only in this content, so it goes as it is.
            if (row.Channel == OutboxMessage.EmailChannel)
            {
                using var stream = new MemoryStream(content);
                return new ComposedMessage.Email(await MimeMessage.LoadAsync(stream, cancellationToken));
            }

            return new ComposedMessage.Chat(JsonSerializer.Deserialize<ChatMessage>(content)!);
        }

        if (row.WaitlistEntryId is not null)
        {
            return await waitlist.ComposeAsync(row, cancellationToken);
        }

        if (appointment is null || appointment.AnonymisedAt is not null || appointment.Reference is null)
        {
            return new ComposedMessage.Withdrawn("appointment anonymised");
        }

        if (row.Kind != MessageKind.Cancellation
            && (appointment.TokenGeneration != row.TokenGeneration || appointment.Status is not (AppointmentStatus.Booked or AppointmentStatus.Arrived)))
        {
            return new ComposedMessage.Withdrawn("appointment changed");
        }

        if (catalog.Find(appointment.ServiceId) is not { } service)
        {
            return new ComposedMessage.Withdrawn("service removed");
        }

        var tokens = row.Kind == MessageKind.Cancellation ? null : key.TokensOf(appointment.Id, row.TokenGeneration);
        if (row.Channel == OutboxMessage.EmailChannel)
        {
            return string.IsNullOrEmpty(appointment.Email)
                ? new ComposedMessage.Withdrawn("no address")
                : new ComposedMessage.Email(emails.Compose(appointment, row.Kind, tokens, row.MessageId, row.CalendarSequence));
        }

        if (string.IsNullOrEmpty(appointment.ChannelAddress) || tokens is null)
        {
            return new ComposedMessage.Withdrawn("no address");
        }

        var text = EmailContent.For(appointment, row.Kind, tokens, service, clock, site.Value, office.Value);
        return new ComposedMessage.Chat(new ChatMessage(appointment.ChannelAddress, AppointmentChatNotifier.Text(text), QrCodeRenderer.Png(text.CheckInUrl!)));
    }
}
