namespace Termine.Bot.Admin.Access;

/// <summary>
/// One sign-in, named by a random id in the cookie. The cookie alone proves nothing: a sign-in counts only while its
/// row exists, so signing out, deactivating the account or changing its password ends it on every host at once.
/// </summary>
public sealed class StaffSignInSession
{
    /// <summary>128 random bits as hex.</summary>
    public const int IdLength = 32;

    public required string Id { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Moved forward at most once a minute, so a busy page does not write on every request.</summary>
    public DateTimeOffset LastSeenAt { get; set; }
}
