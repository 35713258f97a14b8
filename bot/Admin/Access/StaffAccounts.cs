using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence.Writes;
using Termine.Bot.State;

namespace Termine.Bot.Admin.Access;

/// <summary>
/// Staff accounts: creation, password changes and switching off; the last two end the account's sign-ins everywhere.
/// Passwords are hashed before a unit of work starts: hashing takes a while, and every other writer waits for a unit.
/// </summary>
public sealed class StaffAccounts(
    IDbContextFactory<BotDbContext> contexts, DatabaseWrites<BotDbContext> writes, StaffPasswords passwords, TimeProvider time)
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
        try
        {
            await writes.RunAsync((db, ct) =>
            {
                db.StaffUsers.Add(user);
                return db.SaveChangesAsync(ct);
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
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

        const string Gone = "Dieses Konto gibt es nicht mehr.";
        StaffUser? found;
        await using (var reading = await contexts.CreateDbContextAsync(cancellationToken))
        {
            found = await reading.StaffUsers.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        }

        if (found is null)
        {
            return (Gone, 0);
        }

        var hash = passwords.Hash(found, password);
        return await writes.RunAsync<(string?, int)>(async (db, ct) =>
        {
            var user = await db.StaffUsers.SingleOrDefaultAsync(u => u.Id == userId, ct);
            if (user is null)
            {
                return (Gone, 0);
            }

            user.PasswordHash = hash;
            user.SecurityStamp = NewStamp();
            await db.SaveChangesAsync(ct);
            return (null, await StaffSessions.EndAllAsync(db, user.Id, ct));
        }, cancellationToken);
    }

    /// <summary>
    /// Switches an account on or off; switching off ends all its sign-ins at once. Null when the account does not
    /// exist or is the caller's own (nobody switches themselves off).
    /// </summary>
    public async Task<(StaffUser? User, int EndedSessions)> SetActiveAsync(Guid userId, bool active, string callerUserName, CancellationToken cancellationToken)
    {
        return await writes.RunAsync<(StaffUser?, int)>(async (db, ct) =>
        {
            var user = await db.StaffUsers.SingleOrDefaultAsync(u => u.Id == userId, ct);
            if (user is null || user.UserName == callerUserName)
            {
                return (null, 0);
            }

            user.Active = active;
            user.SecurityStamp = NewStamp();
            await db.SaveChangesAsync(ct);
            return (user, await StaffSessions.EndAllAsync(db, user.Id, ct));
        }, cancellationToken);
    }

    private static string NewStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
