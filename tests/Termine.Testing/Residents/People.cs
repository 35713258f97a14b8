using Termine.Booking.Appointments;

namespace Termine.Testing.Residents;

public static class People
{
    public static PersonalData Resident(string email = "amina.haddad@example.org", string language = "de") =>
        new("Amina Haddad", new DateOnly(1990, 5, 17), email, "+49 2181 12345", language);
}
