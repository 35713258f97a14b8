namespace Termine.Booking.Appointments;

public sealed class TokenOptions
{
    public const string SectionName = "Termine:Tokens";

    public const int MinKeyBytes = 32;

    /// <summary>
    /// Base64 of at least 32 random bytes (<c>openssl rand -base64 32</c>), the same on every host: the check-in and
    /// self-service tokens are derived from it. From the environment only, never from the repository. Changing it makes
    /// every QR code and link already sent stop working. Development makes a random one per process.
    /// </summary>
    public string? Key { get; set; }
}
