using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Termine.Booking.Persistence.Writes;
using Termine.Bot.State;

namespace Termine.Bot.Admin.Access;

/// <summary>The server's side of every sign-in: started at login, checked on each request, ended at sign-out.</summary>
public sealed class StaffSessions(
    IDbContextFactory<BotDbContext> contexts, DatabaseWrites<BotDbContext> writes, IOptions<AdminOptions> options, TimeProvider time)
{
    /// <summary>How stale "last seen" may grow before a request writes it again.</summary>
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public async Task<string> StartAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var session = new StaffSignInSession
        {
            Id = Convert.ToHexString(RandomNumberGenerator.GetBytes(StaffSignInSession.IdLength / 2)),
            UserId = userId,
            CreatedAt = now,
            LastSeenAt = now,
        };
        // Sessions nobody used for the idle time are over anyway (their cookies have expired): tidy up at each login.
        var idleSince = now - options.Value.IdleTimeout;
        await writes.RunAsync(async (db, ct) =>
        {
            await db.StaffSessions.Where(s => s.LastSeenAt < idleSince).ExecuteDeleteAsync(ct);
            db.StaffSessions.Add(session);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return session.Id;
    }

    /// <summary>
    /// Whether the sign-in still counts: its row exists and was used within the idle time, and its account is active
    /// with the same password and role as at login.
    /// </summary>
    public async Task<bool> IsCurrentAsync(string sessionId, Guid userId, string securityStamp, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var idleSince = now - options.Value.IdleTimeout;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lastSeen = await db.StaffSessions
            .Where(s => s.Id == sessionId && s.UserId == userId && s.LastSeenAt >= idleSince)
            .Join(db.StaffUsers.Where(u => u.Active && u.SecurityStamp == securityStamp), s => s.UserId, u => u.Id, (s, _) => (DateTimeOffset?)s.LastSeenAt)
            .SingleOrDefaultAsync(cancellationToken);
        if (lastSeen is null)
        {
            return false;
        }

        if (now - lastSeen >= TouchInterval)
        {
            await writes.RunAsync(
                (writing, ct) => writing.StaffSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenAt, now), ct),
                cancellationToken);
        }

        return true;
    }

    public async Task EndAsync(string sessionId, CancellationToken cancellationToken)
    {
        await writes.RunAsync((db, ct) => db.StaffSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(ct), cancellationToken);
    }

    /// <summary>Ends every sign-in of an account, inside the caller's unit of work; how many there were.</summary>
    public static Task<int> EndAllAsync(BotDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.StaffSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
}
