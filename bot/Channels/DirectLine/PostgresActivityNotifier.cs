using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Termine.Bot.State;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// Several hosts on one PostgreSQL: wakes this process's streams at once, and every other host's through NOTIFY on
/// <see cref="Channel"/> (heard by <see cref="PostgresActivityListener"/>). The payload is the conversation id only.
/// </summary>
public sealed class PostgresActivityNotifier(
    ActivitySignals signals, IDbContextFactory<BotDbContext> contexts, ILogger<PostgresActivityNotifier> logger) : IActivityNotifier
{
    public const string Channel = "termine_directline";

    public async Task NotifyAsync(string conversationId, CancellationToken cancellationToken)
    {
        signals.Signal(conversationId);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {conversationId})", cancellationToken);
        }
        catch (DbException exception)
        {
            // The activity is stored; other hosts' streams find it at their next keep-alive.
            DirectLineLog.NotifyFailed(logger, exception);
        }
    }
}
