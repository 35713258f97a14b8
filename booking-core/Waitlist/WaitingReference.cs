using Termine.Booking.Appointments;

namespace Termine.Booking.Waitlist;

/// <summary>
/// Waiting references like "W-K7MX-3PQT": the appointments' alphabet without look-alikes, behind a "W" that no
/// appointment reference has (those are eight characters, these nine), so neither is ever taken for the other.
/// </summary>
public static class WaitingReference
{
    public static string Next() => "W-" + ReferenceGenerator.Next();

    /// <summary>"w k7mx 3pqt", "WK7MX3PQT" and "W-K7MX-3PQT" are the same reference.</summary>
    public static string? Normalize(string? input)
    {
        if (input is null)
        {
            return null;
        }

        var letters = new string(input.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return letters.Length == 9 && letters[0] == 'W' && ReferenceGenerator.Normalize(letters[1..]) is { } rest ? $"W-{rest}" : null;
    }
}
