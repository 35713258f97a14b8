namespace Termine.Booking.Appointments;

/// <summary>The plain tokens of an appointment, only ever available at the moment they are made.</summary>
public sealed record AppointmentTokens(string CheckIn, string Manage)
{
    /// <summary>Makes new tokens and keeps their hashes on the appointment; earlier tokens stop working.</summary>
    public static AppointmentTokens Issue(Appointment appointment)
    {
        var (checkIn, checkInHash) = AccessToken.Create();
        var (manage, manageHash) = AccessToken.Create();
        appointment.CheckInTokenHash = checkInHash;
        appointment.ManageTokenHash = manageHash;
        return new AppointmentTokens(checkIn, manage);
    }
}
