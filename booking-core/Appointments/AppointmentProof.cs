namespace Termine.Booking.Appointments;

/// <summary>How a resident shows an appointment is theirs: reference and e-mail address, or the link from the e-mail.</summary>
public abstract record AppointmentProof
{
    private AppointmentProof()
    {
    }

    public sealed record ReferenceAndEmail(string? Reference, string? Email) : AppointmentProof;

    public sealed record ManageToken(string? Token) : AppointmentProof;
}
