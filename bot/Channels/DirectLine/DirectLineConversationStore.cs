using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence.Writes;
using Termine.Bot.State;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>The Direct Line conversations in the database, so a token made on one host is honoured on every other.</summary>
public sealed class DirectLineConversationStore(
    IDbContextFactory<BotDbContext> contexts,
    DatabaseWrites<BotDbContext> writes,
    TimeProvider time,
    ILogger<DirectLineConversationStore> logger)
{
    /// <summary>A new conversation; <paramref name="started"/> when a client starts it now rather than later with a token.</summary>
    public async Task<string> CreateAsync(bool started, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var conversation = new DirectLineConversation
        {
            Id = DirectLineIds.NewConversationId(),
            CreatedAt = now,
            StartedAt = started ? now : null,
        };
        await writes.RunAsync((db, ct) =>
        {
            db.DirectLineConversations.Add(conversation);
            return db.SaveChangesAsync(ct);
        }, cancellationToken);
        logger.ConversationCreated(DirectLineEndpoints.ForLog(conversation.Id));
        return conversation.Id;
    }

    public async Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DirectLineConversations.AnyAsync(c => c.Id == conversationId, cancellationToken);
    }

    /// <summary>Marks the conversation started; of two hosts starting it at once, only one sees it as new.</summary>
    public async Task<ConversationStart> StartAsync(string conversationId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await writes.RunAsync(async (db, ct) =>
        {
            var started = await db.DirectLineConversations
                .Where(c => c.Id == conversationId && c.StartedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.StartedAt, now), ct);
            if (started == 1)
            {
                return ConversationStart.Started;
            }

            return await db.DirectLineConversations.AnyAsync(c => c.Id == conversationId, ct)
                ? ConversationStart.AlreadyStarted
                : ConversationStart.NotFound;
        }, cancellationToken);
    }
}
