namespace Termine.Booking.Appointments;

/// <summary>
/// How a resident shows an appointment is theirs (reference and e-mail address, or the link from the e-mail), or that
/// signed-in staff act for them.
/// </summary>
public abstract record AppointmentProof
{
    private AppointmentProof()
    {
    }

    public sealed record ReferenceAndEmail(string? Reference, string? Email) : AppointmentProof;

    public sealed record ManageToken(string? Token) : AppointmentProof;

    /// <summary>
    /// A button pressed in the chat the appointment was booked in (a Telegram chat): the appointment counts only when
    /// it was booked on <paramref name="Channel"/> from that very chat, so a button forwarded elsewhere does nothing.
    /// </summary>
    public sealed record ChatOfBooking(string Channel, string Address, Guid AppointmentId) : AppointmentProof;

    /// <summary>Staff at the service point, for a resident at the desk or on the phone; only the staff pages, behind their sign-in, make this.</summary>
    public sealed record StaffAccess(Guid AppointmentId) : AppointmentProof;
}
