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

    public static ClaimsPrincipal Principal(StaffUser user) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
                new Claim(ClaimTypes.Name, user.UserName),
                new Claim(ClaimTypes.GivenName, user.DisplayName),
                new Claim(ClaimTypes.Role, user.Role.ToString()),
                new Claim(SecurityStampType, user.SecurityStamp),
            ],
            Scheme, ClaimTypes.Name, ClaimTypes.Role));

    /// <summary>The account name of whoever acts, for the action log.</summary>
    public static string UserName(this ClaimsPrincipal principal) =>
        principal.Identity?.Name ?? throw new InvalidOperationException("Not signed in.");
}
