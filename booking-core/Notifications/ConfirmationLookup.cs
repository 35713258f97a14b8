using Termine.Booking.Appointments;

namespace Termine.Booking.Notifications;

/// <summary>What the link of a confirmation (the manage token) finds.</summary>
public abstract record ConfirmationLookup
{
    private ConfirmationLookup()
    {
    }

    /// <param name="Content">The confirmation e-mail's content as it would be sent now: the check-in link for the QR
    /// code, the documents, the office; in the appointment's language.</param>
    public sealed record Found(BookedAppointment Appointment, EmailContent Content) : ConfirmationLookup;

    public sealed record Cancelled(BookedAppointment Appointment, EmailContent Content) : ConfirmationLookup;

    /// <summary>No appointment has this token (mistyped, moved since, or anonymised).</summary>
    public sealed record NotFound : ConfirmationLookup;
}
