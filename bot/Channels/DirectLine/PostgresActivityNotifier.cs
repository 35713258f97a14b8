using Microsoft.EntityFrameworkCore;
using Termine.Bot.State;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// Several hosts on one PostgreSQL: wakes every other host's streams through NOTIFY on <see cref="Channel"/> (heard by
/// <see cref="PostgresActivityListener"/>), sent in the transaction that stores the activities: PostgreSQL delivers it
/// only once that commits, so no host looks before the activities are there. The payload is the conversation id only.
/// </summary>
public sealed class PostgresActivityNotifier : IActivityNotifier
{
    public const string Channel = "termine_directline";

    public async Task AnnounceAsync(BotDbContext db, string conversationId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {conversationId})", cancellationToken);
}
