using System.Security.Cryptography;
using System.Text;

namespace Termine.Booking.Appointments;

/// <summary>
/// The secrets in a resident's e-mail (the QR code's check-in token, the link to cancel or move): 256 random bits
/// each, kept by the database only as a SHA-256 hash.
/// </summary>
public static class AccessToken
{
    public static (string Token, byte[] Hash) Create()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
