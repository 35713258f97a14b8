using Termine.Booking.Appointments;

namespace Termine.Booking.Reconfirmation;

/// <summary>An appointment as the confirmation page shows it: whether it is still open, and when it was confirmed.</summary>
public sealed record ReconfirmationState(BookedAppointment Appointment, bool Open, DateTimeOffset? ReconfirmedAt);
