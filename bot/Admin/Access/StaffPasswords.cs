using Microsoft.AspNetCore.Identity;

namespace Termine.Bot.Admin.Access;

/// <summary>ASP.NET Core's password hasher (PBKDF2, salted, versioned), with the rules for a new password.</summary>
public sealed class StaffPasswords(IPasswordHasher<StaffUser> hasher)
{
    public const int MinLength = 12;
    public const int MaxLength = 256;

    /// <summary>What a new password lacks, in German for the staff page; null when it is acceptable.</summary>
    public static string? Problem(string? password) =>
        string.IsNullOrEmpty(password) || password.Length < MinLength ? $"Das Passwort braucht mindestens {MinLength} Zeichen."
        : password.Length > MaxLength ? $"Das Passwort darf höchstens {MaxLength} Zeichen haben."
        : null;

    public string Hash(StaffUser user, string password) => hasher.HashPassword(user, password);

    public PasswordVerificationResult Verify(StaffUser user, string password) =>
        hasher.VerifyHashedPassword(user, user.PasswordHash, password);
}
