namespace Termine.Booking.Appointments;

/// <summary>
/// One unit of one desk's time taken by an appointment. The unique index on (Team, Desk, UnitStart) is what makes
/// double booking impossible, across processes and hosts.
/// </summary>
public sealed class SlotClaim
{
    public long Id { get; set; }

    public required string Team { get; set; }

    public int Desk { get; set; }

    public DateTimeOffset UnitStart { get; set; }

    public Guid AppointmentId { get; set; }

    /// <summary>Set while the appointment is only held; a claim past this instant may be taken by someone else.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}
