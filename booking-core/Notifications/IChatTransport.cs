namespace Termine.Booking.Notifications;

/// <summary>
/// Delivers outbox messages into a chat on one channel (Telegram), where the resident booked. Implemented by the
/// host that speaks the channel's protocol, so the booking core needs no chat library.
/// </summary>
public interface IChatTransport
{
    /// <summary>The channel it delivers for, as stored on the appointment and the outbox message ("telegram").</summary>
    string Channel { get; }

    /// <summary>Throws <see cref="DeliveryRefusedException"/> when the chat can never be reached, anything else when not now.</summary>
    Task SendAsync(ChatMessage message, CancellationToken cancellationToken);
}
