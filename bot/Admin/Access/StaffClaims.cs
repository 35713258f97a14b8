using System.Security.Claims;

namespace Termine.Bot.Admin.Access;

/// <summary>What a staff sign-in carries, and the policies the admin pages use.</summary>
public static class StaffClaims
{
    public const string Scheme = "Staff";

    /// <summary>Every staff member, administrators included.</summary>
    public const string StaffPolicy = "Staff";

    public const string AdministratorPolicy = "Administrator";

    public const string SecurityStampType = "termine:security-stamp";

    /// <summary>The <see cref="StaffSignInSession"/> row that must exist for the cookie to count.</summary>
    public const string SessionType = "termine:session";

    public static ClaimsPrincipal Principal(StaffUser user, string sessionId) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
                new Claim(ClaimTypes.Name, user.UserName),
                new Claim(ClaimTypes.GivenName, user.DisplayName),
                new Claim(ClaimTypes.Role, user.Role.ToString()),
                new Claim(SecurityStampType, user.SecurityStamp),
                new Claim(SessionType, sessionId),
            ],
            Scheme, ClaimTypes.Name, ClaimTypes.Role));

    public static string? SessionId(this ClaimsPrincipal principal) => principal.FindFirst(SessionType)?.Value;

    /// <summary>The account name of whoever acts, for the action log.</summary>
    public static string UserName(this ClaimsPrincipal principal) =>
        principal.Identity?.Name ?? throw new InvalidOperationException("Not signed in.");
}
