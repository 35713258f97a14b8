using System.Security.Cryptography;
using System.Text;

namespace Termine.Booking.Appointments;

/// <summary>The secret in the QR code: 256 random bits, kept by the database only as a SHA-256 hash.</summary>
public static class CheckInToken
{
    public static (string Token, byte[] Hash) Create()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
