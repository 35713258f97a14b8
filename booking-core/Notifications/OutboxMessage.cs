namespace Termine.Booking.Notifications;

/// <summary>
/// One message to send (an e-mail, or a chat message on the channel the resident booked through), written in the same
/// transaction as the booking change that caused it: a small row (kind, appointment, due time, token generation), from
/// which <see cref="OutboxComposer"/> writes the message when it is sent.
/// </summary>
public sealed class OutboxMessage
{
    public const string EmailChannel = "email";

    public Guid Id { get; set; }

    /// <summary>How it goes out: <see cref="EmailChannel"/>, or the chat channel of an <see cref="IChatTransport"/>.</summary>
    public string Channel { get; set; } = EmailChannel;

    /// <summary>
    /// The appointment the message is about; for a waiting-list offer its held slot; null for a message about a
    /// waiting-list entry alone (<see cref="WaitlistEntryId"/>).
    /// </summary>
    public Guid? AppointmentId { get; set; }

    /// <summary>Set on the waiting list's messages, which <see cref="Waitlist.WaitlistMailComposer"/> writes.</summary>
    public Guid? WaitlistEntryId { get; set; }

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

    /// <summary>Chosen when the row is written, so a message sent again after a crash is recognisably the same one.</summary>
    public required string MessageId { get; set; }

    /// <summary>
    /// The <see cref="Appointments.Appointment.TokenGeneration"/> the message was issued for: a confirmation or reminder
    /// of an appointment moved since is withdrawn instead of sent.
    /// </summary>
    public int TokenGeneration { get; set; }

    /// <summary>The calendar file's SEQUENCE: how many confirmations and cancellations went before on this appointment.</summary>
    public int CalendarSequence { get; set; }

    /// <summary>
    /// Only on messages written before they were composed at send time (the migration ComposeAtSend): the whole MIME
    /// message, or a <see cref="ChatMessage"/> as JSON, sent as it is; null once sent. Null on every newer row.
    /// </summary>
    public byte[]? Content { get; set; }

    /// <summary>
    /// The first reminder asks the resident to say they will come (a button in the e-mail and the chat); a later one
    /// only reminds. Decided when the reminders are written.
    /// </summary>
    public bool AsksToReconfirm { get; set; }

    /// <summary>
    /// Set when a reminder went out warning that the unconfirmed appointment will be released: only an appointment
    /// whose resident was warned is released (<see cref="Reconfirmation.UnconfirmedRelease"/>).
    /// </summary>
    public bool WarnedOfRelease { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}
