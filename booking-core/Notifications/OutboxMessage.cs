namespace Termine.Booking.Notifications;

/// <summary>
/// One message to send (an e-mail, or a chat message on the channel the resident booked through), written in the same
/// transaction as the booking change that caused it. The composed message is kept until it is sent and then dropped:
/// the database keeps only that it was sent.
/// </summary>
public sealed class OutboxMessage
{
    public const string EmailChannel = "email";

    public Guid Id { get; set; }

    /// <summary>How it goes out: <see cref="EmailChannel"/>, or the chat channel of an <see cref="IChatTransport"/>.</summary>
    public string Channel { get; set; } = EmailChannel;

    public Guid AppointmentId { get; set; }

    public MessageKind Kind { get; set; }

    public OutboxStatus Status { get; set; }

    /// <summary>When it should go out (now for a confirmation, days ahead for a reminder).</summary>
    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>A host sending it holds it until then, so two hosts never send the same message at once.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public int Attempts { get; set; }

    /// <summary>The failure's kind and server status, never the recipient or the content.</summary>
    public string? LastError { get; set; }

    public required string MessageId { get; set; }

    /// <summary>The whole MIME message, or a <see cref="ChatMessage"/> as JSON; null once sent.</summary>
    public byte[]? Content { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}
