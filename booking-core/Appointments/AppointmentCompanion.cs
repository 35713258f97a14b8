namespace Termine.Booking.Appointments;

/// <summary>A further person of an appointment as stored: one row per person, removed with the rest on retention.</summary>
public sealed class AppointmentCompanion
{
    public Guid AppointmentId { get; set; }

    /// <summary>The person's place in <see cref="PersonalData.Companions"/>, from 0, so they read back in the order given.</summary>
    public int Position { get; set; }

    public required string FullName { get; set; }

    public DateOnly BirthDate { get; set; }
}
