using MimeKit;

namespace Termine.Booking.Notifications;

/// <summary>What <see cref="OutboxComposer"/> made of an outbox row at send time.</summary>
public abstract record ComposedMessage
{
    /// <summary>A reminder that warns the unconfirmed appointment will be released; recorded on the row once sent.</summary>
    public bool WarnsOfRelease { get; init; }

    public sealed record Email(MimeMessage Message) : ComposedMessage;

    public sealed record Chat(ChatMessage Message) : ComposedMessage;

    /// <summary>Not to be sent any more; <paramref name="Reason"/> names why, without personal data.</summary>
    public sealed record Withdrawn(string Reason) : ComposedMessage;
}
