using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Retention;

namespace Termine.Bot.State;

/// <summary>
/// Deletes what the bot keeps of conversations quiet for longer than <see cref="RetentionOptions.Days"/>: their
/// summary, transcript, conversation state and Direct Line activities; then anything older left without a summary
/// (state rows, transcripts, Direct Line conversations never used), and action log entries older than
/// <see cref="RetentionOptions.ActionLogDays"/>. Deleting is idempotent, so several hosts may run it at once. Each
/// batch is one unit of work, so the residents' writes wait behind at most one batch.
/// </summary>
public sealed class ConversationRetention(DatabaseWrites<BotDbContext> writes, TimeProvider time, IOptions<RetentionOptions> options)
    : IRetentionStep
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var cutoff = now.AddDays(-settings.Days);
        var total = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var found = await writes.RunAsync((db, ct) => DeleteQuietBatchAsync(db, cutoff, settings.BatchSize, ct), cancellationToken);
            if (found == 0)
            {
                break;
            }

            total += found;
        }

        total += await DeleteLeftoversAsync(cutoff, settings.BatchSize, cancellationToken);
        var logCutoff = now.AddDays(-settings.ActionLogDays);
        total += await writes.RunAsync((db, ct) => db.StaffActions.Where(a => a.At < logCutoff).ExecuteDeleteAsync(ct), cancellationToken);
        return total;
    }

    /// <returns>How many quiet conversations the batch found.</returns>
    private static async Task<int> DeleteQuietBatchAsync(BotDbContext db, DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        var quiet = await db.ConversationSummaries.AsNoTracking()
            .Where(s => s.LastActivityAt < cutoff)
            .OrderBy(s => s.LastActivityAt)
            .Select(s => new { s.ChannelId, s.ConversationId })
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        foreach (var conversation in quiet)
        {
            await DeleteConversationAsync(db, conversation.ChannelId, conversation.ConversationId, cutoff, cancellationToken);
        }

        return quiet.Count;
    }

    private static async Task DeleteConversationAsync(
        BotDbContext db, string channelId, string conversationId, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        // The summary goes first and only while still quiet: a resident who came back in the meantime keeps everything.
        var stillQuiet = await db.ConversationSummaries
            .Where(s => s.ChannelId == channelId && s.ConversationId == conversationId && s.LastActivityAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        if (stillQuiet == 0)
        {
            return;
        }

        await db.TranscriptActivities.Where(a => a.ChannelId == channelId && a.ConversationId == conversationId).ExecuteDeleteAsync(cancellationToken);
        var stateKey = StorageKeys.ToColumn($"{channelId}/conversations/{conversationId}");
        await db.BotStateItems.Where(i => i.Key == stateKey).ExecuteDeleteAsync(cancellationToken);
        await db.DirectLineActivities.Where(a => a.ConversationId == conversationId).ExecuteDeleteAsync(cancellationToken);
        await db.DirectLineConversations.Where(c => c.Id == conversationId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>What no summary points to: state of every kind, transcripts and Direct Line rows older than the period.</summary>
    private async Task<int> DeleteLeftoversAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        var total = await writes.RunAsync((db, ct) => db.BotStateItems.Where(i => i.UpdatedAt < cutoff).ExecuteDeleteAsync(ct), cancellationToken);
        while (await writes.RunAsync((db, ct) => DeleteOldTranscriptsAsync(db, cutoff, batchSize, ct), cancellationToken) is { Found: > 0 } transcripts)
        {
            total += transcripts.Deleted;
        }

        while (await writes.RunAsync((db, ct) => DeleteOldDirectLineConversationsAsync(db, cutoff, batchSize, ct), cancellationToken) is { Found: > 0 } conversations)
        {
            total += conversations.Deleted;
        }

        return total;
    }

    private static async Task<(int Found, int Deleted)> DeleteOldTranscriptsAsync(
        BotDbContext db, DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        var ids = await db.TranscriptActivities.Where(a => a.Timestamp < cutoff).OrderBy(a => a.Id).Select(a => a.Id).Take(batchSize)
            .ToListAsync(cancellationToken);
        return ids.Count == 0 ? (0, 0) : (ids.Count, await db.TranscriptActivities.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken));
    }

    private static async Task<(int Found, int Deleted)> DeleteOldDirectLineConversationsAsync(
        BotDbContext db, DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        var conversations = await db.DirectLineConversations
            .Where(c => c.CreatedAt < cutoff && !db.DirectLineActivities.Any(a => a.ConversationId == c.Id && a.Timestamp >= cutoff))
            .Select(c => c.Id).Take(batchSize).ToListAsync(cancellationToken);
        if (conversations.Count == 0)
        {
            return (0, 0);
        }

        await db.DirectLineActivities.Where(a => conversations.Contains(a.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        return (conversations.Count, await db.DirectLineConversations.Where(c => conversations.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken));
    }
}
