namespace Termine.Bot.Admin.Access;

/// <summary>A staff account of the admin pages.</summary>
public sealed class StaffUser
{
    public const int MaxUserNameLength = 64;
    public const int MaxDisplayNameLength = 100;

    public Guid Id { get; set; }

    /// <summary>Lower-cased, so logging in does not depend on case.</summary>
    public required string UserName { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>As ASP.NET Core's <c>PasswordHasher</c> writes it (PBKDF2 with salt, versioned).</summary>
    public required string PasswordHash { get; set; }

    public StaffRole Role { get; set; }

    /// <summary>Changes with the password or the role, so sign-ins issued before stop being accepted.</summary>
    public required string SecurityStamp { get; set; }

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}
