namespace Termine.Bot.Admin.Access;

/// <summary>
/// Failed sign-ins counted under one key: a client address (across all names), or an account name at one client
/// address. Both parts are kept only as hashes (see <see cref="SignInKeys"/>), and the row is deleted once it expires.
/// </summary>
public sealed class SignInCounter
{
    public const int MaxKeyLength = 80;

    public required string Key { get; set; }

    /// <summary>Failures since the last lock, or since the row was created.</summary>
    public int Failures { get; set; }

    /// <summary>Until when every sign-in under this key is refused.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>When the row is forgotten: a quiet period after the last failure, or the end of the lock.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
