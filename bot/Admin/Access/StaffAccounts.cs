using Microsoft.EntityFrameworkCore;
using Termine.Bot.State;

namespace Termine.Bot.Admin.Access;

/// <summary>Staff accounts: creation, password changes and switching off; the last two end the account's sign-ins everywhere.</summary>
public sealed class StaffAccounts(IDbContextFactory<BotDbContext> contexts, StaffPasswords passwords, TimeProvider time)
{
    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();

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

    /// <summary>Sets a new password; every sign-in of the account made before ends (the number of them comes back).</summary>
    public async Task<(string? Problem, int EndedSessions)> ChangePasswordAsync(Guid userId, string password, CancellationToken cancellationToken)
    {
        if (StaffPasswords.Problem(password) is { } weak)
        {
            return (weak, 0);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.StaffUsers.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return ("Dieses Konto gibt es nicht mehr.", 0);
        }

        user.PasswordHash = passwords.Hash(user, password);
        user.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(cancellationToken);
        return (null, await StaffSessions.EndAllAsync(db, user.Id, cancellationToken));
    }

    /// <summary>
    /// Switches an account on or off; switching off ends all its sign-ins at once. Null when the account does not
    /// exist or is the caller's own (nobody switches themselves off).
    /// </summary>
    public async Task<(StaffUser? User, int EndedSessions)> SetActiveAsync(Guid userId, bool active, string callerUserName, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.StaffUsers.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null || user.UserName == callerUserName)
        {
            return (null, 0);
        }

        user.Active = active;
        user.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(cancellationToken);
        return (user, await StaffSessions.EndAllAsync(db, user.Id, cancellationToken));
    }

    private static string NewStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
