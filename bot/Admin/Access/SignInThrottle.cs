using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Termine.Booking.Persistence.Writes;
using Termine.Bot.State;

namespace Termine.Bot.Admin.Access;

/// <summary>
/// Failed sign-ins counted in the database, so every host sees the same counts. A name is locked only for the address
/// that guessed at it (a stranger elsewhere cannot lock the clerk out at the service point), and an address that fails
/// too often under any names is refused for every name for a while.
/// </summary>
public sealed class SignInThrottle(
    IDbContextFactory<BotDbContext> contexts, DatabaseWrites<BotDbContext> writes, IOptions<AdminOptions> options, TimeProvider time)
{
    public async Task<bool> IsRefusedAsync(SignInKeys keys, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SignInCounters.AnyAsync(
            c => (c.Key == keys.Address || c.Key == keys.NameAtAddress) && c.LockedUntil > now && c.ExpiresAt > now, cancellationToken);
    }

    /// <summary>Counts one failure under both keys; says which of them it locked.</summary>
    public async Task<SignInLocks> RecordFailureAsync(SignInKeys keys, CancellationToken cancellationToken)
    {
        var admin = options.Value;
        var now = time.GetUtcNow();
        await writes.RunAsync((db, ct) => db.SignInCounters.Where(c => c.ExpiresAt <= now).ExecuteDeleteAsync(ct), cancellationToken);
        var nameLocked = await CountAsync(keys.NameAtAddress, admin.LockoutThreshold, admin.LockoutDuration, now, cancellationToken);
        var addressLocked = await CountAsync(keys.Address, admin.AddressLockoutThreshold, admin.AddressLockoutDuration, now, cancellationToken);
        return new SignInLocks(nameLocked, addressLocked);
    }

    /// <summary>A successful sign-in forgets the failures of its name at its address (not those of the address).</summary>
    public async Task ForgiveAsync(SignInKeys keys, CancellationToken cancellationToken)
    {
        await writes.RunAsync((db, ct) => db.SignInCounters.Where(c => c.Key == keys.NameAtAddress).ExecuteDeleteAsync(ct), cancellationToken);
    }

    /// <summary>An administrator lifts the locks of a name at every address (not the addresses' own throttles).</summary>
    public async Task<int> UnlockNameAsync(string normalizedUserName, CancellationToken cancellationToken)
    {
        var prefix = SignInKeys.NamePrefix(normalizedUserName);
        return await writes.RunAsync((db, ct) => db.SignInCounters.Where(c => c.Key.StartsWith(prefix)).ExecuteDeleteAsync(ct), cancellationToken);
    }

    /// <summary>
    /// An increment in the database rather than a read and a write, so two hosts counting at once lose no failure;
    /// then the lock, taken by whichever statement sees the threshold reached. Each count is one unit of work; when
    /// another host inserted the first row between our increment and our insert, the count runs again and increments.
    /// </summary>
    private async Task<bool> CountAsync(string key, int threshold, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expires = now + duration;
        try
        {
            return await writes.RunAsync((db, ct) => CountAsync(db, key, threshold, expires, ct), cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return await writes.RunAsync((db, ct) => CountAsync(db, key, threshold, expires, ct), cancellationToken);
        }
    }

    private static async Task<bool> CountAsync(BotDbContext db, string key, int threshold, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        if (await IncrementAsync(db, key, expires, cancellationToken) == 0)
        {
            db.SignInCounters.Add(new SignInCounter { Key = key, Failures = 1, ExpiresAt = expires });
            await db.SaveChangesAsync(cancellationToken);
        }

        return await db.SignInCounters
            .Where(c => c.Key == key && c.Failures >= threshold)
            .ExecuteUpdateAsync(
                set => set.SetProperty(c => c.Failures, 0).SetProperty(c => c.LockedUntil, expires).SetProperty(c => c.ExpiresAt, expires),
                cancellationToken) > 0;
    }

    private static Task<int> IncrementAsync(BotDbContext db, string key, DateTimeOffset expires, CancellationToken cancellationToken) =>
        db.SignInCounters
            .Where(c => c.Key == key)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Failures, c => c.Failures + 1).SetProperty(c => c.ExpiresAt, expires), cancellationToken);
}

/// <summary>What one failure locked: the name at this address, the address for every name, or neither.</summary>
public readonly record struct SignInLocks(bool NameAtAddress, bool Address);
