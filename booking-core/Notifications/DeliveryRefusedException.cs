namespace Termine.Booking.Notifications;

/// <summary>
/// A transport's answer that trying again will not help (the resident blocked the bot, the chat is gone): the outbox
/// marks the message failed instead of retrying it for ever.
/// </summary>
public sealed class DeliveryRefusedException(string reason, Exception? innerException = null)
    : Exception($"The message was refused for good: {reason}", innerException)
{
    /// <summary>Short and free of personal data, as kept in <see cref="OutboxMessage.LastError"/>.</summary>
    public string Reason { get; } = reason;
}
