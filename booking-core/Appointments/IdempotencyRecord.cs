namespace Termine.Booking.Appointments;

/// <summary>The first answer to a booking request sent with an Idempotency-Key, returned again on a retry.</summary>
public sealed class IdempotencyRecord
{
    public required string Key { get; set; }

    /// <summary>SHA-256 of the request, so a key reused for a different request is recognised.</summary>
    public required byte[] RequestHash { get; set; }

    public Guid AppointmentId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
