namespace Termine.Booking.Appointments;

/// <summary>
/// The plain tokens of an appointment: written into the resident's e-mail and chat messages, never into the database.
/// </summary>
public sealed record AppointmentTokens(string CheckIn, string Manage)
{
    /// <summary>
    /// Makes the next generation's tokens and keeps their hashes on the appointment; earlier tokens stop working.
    /// </summary>
    public static AppointmentTokens Issue(Appointment appointment, TokenKey key)
    {
        appointment.TokenGeneration++;
        var tokens = key.TokensOf(appointment.Id, appointment.TokenGeneration);
        appointment.CheckInTokenHash = AccessToken.Hash(tokens.CheckIn);
        appointment.ManageTokenHash = AccessToken.Hash(tokens.Manage);
        return tokens;
    }
}
