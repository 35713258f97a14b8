using System.Security.Cryptography;
using System.Text;

namespace Termine.Booking.Appointments;

/// <summary>
/// The secrets in a resident's e-mail (the QR code's check-in token, the link to cancel or move): an HMAC-SHA256 of the
/// appointment, the token's purpose and the appointment's token generation under the installation's key, so the outbox
/// can write them again at send time; the database keeps only their SHA-256 hash.
/// </summary>
public static class AccessToken
{
    public const string CheckInPurpose = "checkin";

    public const string ManagePurpose = "manage";

    public static string Derive(ReadOnlySpan<byte> key, Guid appointmentId, string purpose, int generation)
    {
        var input = Encoding.UTF8.GetBytes($"{purpose}\u001f{appointmentId:N}\u001f{generation}");
        return Convert.ToBase64String(HMACSHA256.HashData(key, input)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
