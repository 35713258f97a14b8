using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Termine.Bot.State;

namespace Termine.Bot.Admin.Access;

/// <summary>Staff accounts: creation, the password check with lock-out, and whether a sign-in is still valid.</summary>
public sealed class StaffAccounts(
    IDbContextFactory<BotDbContext> contexts, StaffPasswords passwords, IOptions<AdminOptions> options, TimeProvider time)
{
    /// <summary>Checked against when the name is unknown, so a wrong name takes as long as a wrong password.</summary>
    private readonly Lazy<StaffUser> _nobody = new(() =>
    {
        var user = new StaffUser { UserName = "", DisplayName = "", PasswordHash = "", SecurityStamp = "" };
        user.PasswordHash = passwords.Hash(user, Guid.NewGuid().ToString());
        return user;
    });

    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();

    public async Task<StaffSignInResult> SignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var name = Normalize(userName);
        var user = await db.StaffUsers.SingleOrDefaultAsync(u => u.UserName == name, cancellationToken);
        if (user is null || !user.Active)
        {
            passwords.Verify(_nobody.Value, password);
            return new StaffSignInResult.Refused();
        }

        var now = time.GetUtcNow();
        if (user.LockedUntil > now)
        {
            return new StaffSignInResult.LockedOut(user.LockedUntil.Value);
        }

        var verdict = passwords.Verify(user, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            user.FailedLogins++;
            if (user.FailedLogins >= options.Value.LockoutThreshold)
            {
                user.FailedLogins = 0;
                user.LockedUntil = now + options.Value.LockoutDuration;
            }

            await SaveIgnoringRaceAsync(db, cancellationToken);
            return user.LockedUntil > now ? new StaffSignInResult.LockedOut(user.LockedUntil.Value) : new StaffSignInResult.Refused();
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = passwords.Hash(user, password);
        }

        user.FailedLogins = 0;
        user.LockedUntil = null;
        await SaveIgnoringRaceAsync(db, cancellationToken);
        return new StaffSignInResult.SignedIn(user);
    }

    /// <summary>Whether the account behind a sign-in still exists, is active and has not changed password or role.</summary>
    public async Task<bool> IsCurrentAsync(Guid userId, string securityStamp, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StaffUsers.AnyAsync(u => u.Id == userId && u.Active && u.SecurityStamp == securityStamp, cancellationToken);
    }

    public async Task<bool> AnyAdministratorAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StaffUsers.AnyAsync(u => u.Role == StaffRole.Administrator && u.Active, cancellationToken);
    }

    /// <summary>Creates an account; null when the name is taken or invalid, or the password too weak (see the message).</summary>
    public async Task<(StaffUser? User, string? Problem)> CreateAsync(
        string userName, string displayName, string password, StaffRole role, CancellationToken cancellationToken)
    {
        var name = Normalize(userName);
        if (name.Length is 0 or > StaffUser.MaxUserNameLength || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            return (null, $"Der Benutzername braucht 1 bis {StaffUser.MaxUserNameLength} Zeichen: Buchstaben a–z, Ziffern, Punkt, Bindestrich, Unterstrich.");
        }

        if (string.IsNullOrWhiteSpace(displayName) || displayName.Length > StaffUser.MaxDisplayNameLength || displayName.Any(char.IsControl))
        {
            return (null, $"Der Anzeigename braucht 1 bis {StaffUser.MaxDisplayNameLength} Zeichen.");
        }

        if (StaffPasswords.Problem(password) is { } weak)
        {
            return (null, weak);
        }

        var user = new StaffUser
        {
            Id = Guid.NewGuid(),
            UserName = name,
            DisplayName = displayName.Trim(),
            PasswordHash = "",
            Role = role,
            SecurityStamp = NewStamp(),
            CreatedAt = time.GetUtcNow(),
        };
        user.PasswordHash = passwords.Hash(user, password);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.StaffUsers.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (db.IsUniqueViolation(e))
        {
            return (null, "Diesen Benutzernamen gibt es schon.");
        }

        return (user, null);
    }

    /// <summary>Sets a new password; every sign-in of the account made before ends.</summary>
    public async Task<string?> ChangePasswordAsync(Guid userId, string password, CancellationToken cancellationToken)
    {
        if (StaffPasswords.Problem(password) is { } weak)
        {
            return weak;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.StaffUsers.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return "Dieses Konto gibt es nicht mehr.";
        }

        user.PasswordHash = passwords.Hash(user, password);
        user.SecurityStamp = NewStamp();
        user.FailedLogins = 0;
        user.LockedUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private static string NewStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>A concurrent password or role change wins over a login's bookkeeping: that sign-in is void anyway.</summary>
    private static async Task SaveIgnoringRaceAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
        }
    }
}
