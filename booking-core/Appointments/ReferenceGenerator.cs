using System.Security.Cryptography;

namespace Termine.Booking.Appointments;

/// <summary>
/// Booking references like "K7MX-3PQT": read aloud and typed from a phone call without confusion, so the alphabet
/// leaves out 0/O/Q, 1/I/L, 2/Z, 5/S and 8/B.
/// </summary>
public static class ReferenceGenerator
{
    public const string Alphabet = "ACDEFGHJKMNPRTUVWXY34679";

    public static string Next()
    {
        Span<char> chars = stackalloc char[9];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i == 4 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>"k7mx 3pqt", "K7MX3PQT" and "K7MX-3PQT" are the same reference.</summary>
    public static string? Normalize(string? input)
    {
        if (input is null)
        {
            return null;
        }

        var letters = new string(input.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return letters.Length == 8 && letters.All(c => Alphabet.Contains(c)) ? $"{letters[..4]}-{letters[4..]}" : null;
    }
}
