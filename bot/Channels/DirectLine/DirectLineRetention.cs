using Microsoft.EntityFrameworkCore;
using Termine.Bot.State;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>Direct Line's conversations and activities, deleted with the conversations <see cref="ConversationRetention"/> finds quiet.</summary>
public sealed class DirectLineRetention : IConversationRowsRetention
{
    public async Task DeleteConversationAsync(BotDbContext db, string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await db.DirectLineActivities.Where(a => a.ConversationId == conversationId).ExecuteDeleteAsync(cancellationToken);
        await db.DirectLineConversations.Where(c => c.Id == conversationId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Conversations never used, or whose activities are all older than the period.</summary>
    public async Task<(int Found, int Deleted)> DeleteOldBatchAsync(BotDbContext db, DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        var activities = db.DirectLineActivities;
        var conversations = await db.DirectLineConversations
            .Where(c => c.CreatedAt < cutoff && !activities.Any(a => a.ConversationId == c.Id && a.Timestamp >= cutoff))
            .Select(c => c.Id).Take(batchSize).ToListAsync(cancellationToken);
        if (conversations.Count == 0)
        {
            return (0, 0);
        }

        await db.DirectLineActivities.Where(a => conversations.Contains(a.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        return (conversations.Count, await db.DirectLineConversations.Where(c => conversations.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken));
    }
}
