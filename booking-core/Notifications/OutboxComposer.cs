using System.Text.Json;
using Microsoft.Extensions.Options;
using MimeKit;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Office;
using Termine.Booking.Reconfirmation;
using Termine.Booking.Scheduling;
using Termine.Booking.Waitlist;

namespace Termine.Booking.Notifications;

/// <summary>
/// Writes an outbox row's message when it is sent, from the appointment as it is now: the tokens of the generation the
/// row was issued for (derived again, never stored), the resident's language and the catalog's texts. A confirmation
/// or reminder of an appointment moved or cancelled since is withdrawn; so is any message whose appointment has lost
/// its address (anonymised by retention, or gone). The first reminder asks the resident to confirm; with the release
/// on, a later reminder of an unconfirmed appointment asks too and warns by when.
/// </summary>
public sealed class OutboxComposer(
    AppointmentEmailComposer emails, ServiceCatalog catalog, TokenKey key, OfficeClock clock, IOptions<SiteOptions> site,
    IOptions<OfficeOptions> office, IOptions<ReconfirmationOptions> reconfirmation, WaitlistMailComposer waitlist)
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
        var request = tokens is null ? null : RequestOf(row, appointment, tokens);
        var warns = request?.ReleaseDeadline is not null;
        if (row.Channel == OutboxMessage.EmailChannel)
        {
            return string.IsNullOrEmpty(appointment.Email)
                ? new ComposedMessage.Withdrawn("no address")
                : new ComposedMessage.Email(emails.Compose(appointment, row.Kind, tokens, row.MessageId, row.CalendarSequence, request))
                {
                    WarnsOfRelease = warns,
                };
        }

        if (string.IsNullOrEmpty(appointment.ChannelAddress) || tokens is null)
        {
            return new ComposedMessage.Withdrawn("no address");
        }

        var text = emails.With(EmailContent.For(appointment, row.Kind, tokens, service, clock, site.Value, office.Value), request);
        var buttons = text.ReconfirmUrl is null ? null : AppointmentChatNotifier.Buttons(text, appointment.Id);
        return new ComposedMessage.Chat(new ChatMessage(
            appointment.ChannelAddress, AppointmentChatNotifier.Text(text), QrCodeRenderer.Png(text.CheckInUrl!), buttons))
        {
            WarnsOfRelease = warns,
        };
    }

    /// <summary>
    /// Whether a reminder asks to confirm: the first one does, unless the resident already has; with the release on, a
    /// later one of an unconfirmed appointment asks too and names the deadline, if that is still ahead.
    /// </summary>
    private ReconfirmationRequest? RequestOf(OutboxMessage row, Appointment appointment, AppointmentTokens tokens)
    {
        if (row.Kind != MessageKind.Reminder || appointment.ReconfirmedAt is not null || appointment.Status != AppointmentStatus.Booked)
        {
            return null;
        }

        var url = site.Value.ReconfirmUrl(tokens.Manage);
        if (row.AsksToReconfirm)
        {
            return new ReconfirmationRequest(url, null);
        }

        var deadline = appointment.Start - reconfirmation.Value.ReleaseBefore;
        return reconfirmation.Value.ReleaseUnconfirmed && deadline > clock.UtcNow ? new ReconfirmationRequest(url, deadline) : null;
    }
}
