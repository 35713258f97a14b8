using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Termine.Booking.Persistence.Writes;
using Termine.Bot.Admin.ActionLog;
using Termine.Bot.State;

namespace Termine.Bot.Admin.Access;

/// <summary>
/// The password check of the login and of the own password change. Every attempt does the same work whatever its
/// outcome — one password hash (against a fixed dummy for an unknown name, an inactive account, a locked name or a
/// throttled address), the same counters, one action-log entry — so neither the answer nor its timing tells which
/// accounts exist or are locked.
/// </summary>
public sealed class StaffSignIn(
    IDbContextFactory<BotDbContext> contexts,
    DatabaseWrites<BotDbContext> writes,
    StaffPasswords passwords,
    SignInThrottle throttle,
    StaffActionLog log,
    IOptions<AdminOptions> options,
    ILogger<StaffSignIn> logger)
{
    /// <summary>How the action log names an account that does not exist: a typed name may be a password typed in the wrong field.</summary>
    public const string UnknownAccount = "unbekanntes Konto";

    private readonly Lazy<StaffUser> _nobody = new(() =>
    {
        var user = new StaffUser { UserName = "", DisplayName = "", PasswordHash = "", SecurityStamp = "" };
        user.PasswordHash = passwords.Hash(user, Guid.NewGuid().ToString());
        return user;
    });

    public async Task<StaffSignInResult> CheckAsync(string userName, string password, IPAddress? address, CancellationToken cancellationToken)
    {
        var name = StaffAccounts.Normalize(userName);
        var keys = SignInKeys.For(name, address);
        StaffUser? user;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            user = await db.StaffUsers.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == name, cancellationToken);
        }

        var refused = await throttle.IsRefusedAsync(keys, cancellationToken);
        var candidate = user is { Active: true } && !refused ? user : null;
        var verdict = passwords.Verify(candidate ?? _nobody.Value, password);
        var logName = user?.UserName ?? UnknownAccount;

        if (refused)
        {
            await RefuseAsync(logName, "gesperrt: zu viele Fehlversuche von dieser Adresse", cancellationToken);
            return new StaffSignInResult.Refused();
        }

        if (candidate is null || verdict == PasswordVerificationResult.Failed)
        {
            var locks = await throttle.RecordFailureAsync(keys, cancellationToken);
            await RefuseAsync(logName, user is null ? "unbekannter Name" : user.Active ? "falsches Passwort" : "Konto deaktiviert", cancellationToken);
            await RecordLocksAsync(logName, locks, cancellationToken);
            return new StaffSignInResult.Refused();
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            var hash = passwords.Hash(candidate, password);
            try
            {
                // Attached as read, so the save is conditional on the security stamp seen at the check.
                await writes.RunAsync((db, ct) =>
                {
                    db.StaffUsers.Attach(candidate);
                    candidate.PasswordHash = hash;
                    return db.SaveChangesAsync(ct);
                }, cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A password or role changed meanwhile: the new hash is written by that change; this sign-in ends at its first request.
            }
        }

        await throttle.ForgiveAsync(keys, cancellationToken);
        return new StaffSignInResult.SignedIn(candidate);
    }

    private async Task RefuseAsync(string logName, string reason, CancellationToken cancellationToken)
    {
        logger.SignInRefused(reason);
        await log.RecordAsync(logName, "staff.sign-in-failed", subject: null, reason, cancellationToken);
    }

    private async Task RecordLocksAsync(string logName, SignInLocks locks, CancellationToken cancellationToken)
    {
        var admin = options.Value;
        if (locks.NameAtAddress)
        {
            logger.SignInNameLocked(admin.LockoutDuration);
            await log.RecordAsync(
                logName, "staff.locked-out", subject: null,
                $"{admin.LockoutThreshold} Fehlversuche: dieser Name ist von dieser Adresse für {admin.LockoutDuration.TotalMinutes:0} Minuten gesperrt", cancellationToken);
        }

        if (locks.Address)
        {
            logger.SignInAddressThrottled(admin.AddressLockoutDuration);
            await log.RecordAsync(
                logName, "staff.sign-in-throttled", subject: null,
                $"{admin.AddressLockoutThreshold} Fehlversuche von einer Adresse: jede Anmeldung von dort ist für {admin.AddressLockoutDuration.TotalMinutes:0} Minuten gesperrt", cancellationToken);
        }
    }
}
