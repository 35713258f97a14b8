using MimeKit;

namespace Termine.Booking.Notifications;

/// <summary>What <see cref="OutboxComposer"/> made of an outbox row at send time.</summary>
public abstract record ComposedMessage
{
    public sealed record Email(MimeMessage Message) : ComposedMessage;

    public sealed record Chat(ChatMessage Message) : ComposedMessage;

    /// <summary>Not to be sent any more; <paramref name="Reason"/> names why, without personal data.</summary>
    public sealed record Withdrawn(string Reason) : ComposedMessage;
}
