using Termine.Booking.Appointments;

namespace Termine.Booking.WaitingArea;

/// <summary>The desk a resident is called to, as the display shows it ("Schalter 3").</summary>
public static class DeskName
{
    public const int MaxLength = Appointment.MaxCalledDeskLength;

    /// <summary>The trimmed name, or a problem in German for the staff page.</summary>
    public static (string? Name, string? Problem) Validate(string? desk)
    {
        var name = desk?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return (null, "Bitte den Schalter angeben, zu dem aufgerufen wird (z. B. „Schalter 3“).");
        }

        if (name.Length > MaxLength)
        {
            return (null, $"Der Name des Schalters darf höchstens {MaxLength} Zeichen lang sein.");
        }

        if (name.Any(char.IsControl))
        {
            return (null, "Der Name des Schalters enthält unzulässige Zeichen.");
        }

        return (name, null);
    }
}
