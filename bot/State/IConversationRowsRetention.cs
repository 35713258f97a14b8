namespace Termine.Bot.State;

/// <summary>
/// What a channel keeps of a conversation besides its state and transcript (Direct Line's activities), deleted by
/// <see cref="ConversationRetention"/> with them, in the same units of work. The channel owns its rows; State knows
/// only this.
/// </summary>
public interface IConversationRowsRetention
{
    /// <summary>A quiet conversation's rows, after its summary was deleted.</summary>
    Task DeleteConversationAsync(BotDbContext db, string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>One batch of rows older than <paramref name="cutoff"/> that no summary points to.</summary>
    /// <returns>How many the batch found (0 ends the loop) and how many it deleted.</returns>
    Task<(int Found, int Deleted)> DeleteOldBatchAsync(BotDbContext db, DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken);
}
