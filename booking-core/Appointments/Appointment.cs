namespace Termine.Booking.Appointments;

/// <summary>
/// An appointment from hold to visit. Personal data is filled in on confirmation and is only what the booking needs.
/// </summary>
public sealed class Appointment
{
    public const int MaxCalledDeskLength = 32;

    public Guid Id { get; set; }

    /// <summary>Short, readable aloud; set on confirmation.</summary>
    public string? Reference { get; set; }

    public required string ServiceId { get; set; }

    public required string Team { get; set; }

    public int Desk { get; set; }

    public DateTimeOffset Start { get; set; }

    public DateTimeOffset End { get; set; }

    public int Persons { get; set; }

    /// <summary>Changed only through <see cref="MoveTo"/> (or a conditional update through <see cref="AppointmentTransitions"/>).</summary>
    public AppointmentStatus Status { get; private set; }

    public DateTimeOffset? HoldExpiresAt { get; set; }

    /// <summary>Who holds the slot (a hash of a conversation or an address), for the limit on concurrent holds.</summary>
    public required string ClientKey { get; set; }

    public string? FullName { get; set; }

    public DateOnly? BirthDate { get; set; }

    /// <summary>The further persons, loaded only where shown (e-mail, staff detail); order by <see cref="AppointmentCompanion.Position"/>.</summary>
    public List<AppointmentCompanion> Companions { get; set; } = [];

    /// <summary>Lower-cased, so the limit per address and the proof on cancel compare like with like.</summary>
    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string Language { get; set; } = Termine.Booking.Languages.Default;

    public string Channel { get; set; } = "api";

    /// <summary>
    /// The chat on <see cref="Channel"/> the booking was made in (a Telegram chat id), where its QR code and reminders
    /// are sent as well; null where the channel cannot be written to later (the web, the API).
    /// </summary>
    public string? ChannelAddress { get; set; }

    /// <summary>
    /// Which tokens are valid: 1 on booking, one more on each move. The tokens are derived from the appointment's id and
    /// this generation (<see cref="TokenKey"/>); 0 for appointments booked before that, whose tokens were random.
    /// </summary>
    public int TokenGeneration { get; set; }

    /// <summary>SHA-256 of the check-in token; the token itself lives only in the resident's e-mail.</summary>
    public byte[]? CheckInTokenHash { get; set; }

    /// <summary>SHA-256 of the token in the e-mail's link to cancel or move.</summary>
    public byte[]? ManageTokenHash { get; set; }

    /// <summary>The day's number shown in the waiting area, given at check-in; unique per <see cref="ArrivalDay"/>.</summary>
    public int? WaitingNumber { get; set; }

    public DateOnly? ArrivalDay { get; set; }

    public DateTimeOffset? ArrivedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? BookedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>Why it was cancelled: asked for (by the resident or staff), or released unconfirmed.</summary>
    public CancellationCause CancellationCause { get; set; }

    /// <summary>
    /// When the resident said they will come (the first reminder's button, or staff for them); null until then. Set only
    /// by <see cref="AppointmentChanges.ReconfirmAsync"/>.
    /// </summary>
    public DateTimeOffset? ReconfirmedAt { get; set; }

    /// <summary>When staff last called the resident in the waiting area.</summary>
    public DateTimeOffset? CalledAt { get; set; }

    /// <summary>Where the resident was called to, as the waiting-room display shows it (e.g. "Schalter 3").</summary>
    public string? CalledDesk { get; set; }

    /// <summary>When the visit ended, as done or as a no-show.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>When the personal data was removed after the retention period; the row stays for the statistics.</summary>
    public DateTimeOffset? AnonymisedAt { get; set; }

    /// <summary>Changes the status if <see cref="AppointmentTransitions"/> allows it.</summary>
    /// <returns>Whether the status changed; false leaves the appointment as it was.</returns>
    public bool MoveTo(AppointmentStatus next)
    {
        if (!AppointmentTransitions.IsAllowed(Status, next))
        {
            return false;
        }

        Status = next;
        return true;
    }
}
