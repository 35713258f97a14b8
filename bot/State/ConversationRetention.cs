using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Retention;

namespace Termine.Bot.State;

/// <summary>
/// Deletes what the bot keeps of conversations quiet for longer than <see cref="RetentionOptions.Days"/>: their
/// summary, transcript, conversation state and what each channel keeps of them (<see cref="IConversationRowsRetention"/>:
/// Direct Line's activities); then anything older left without a summary (state rows, transcripts, a channel's rows
/// such as Direct Line conversations never used). Deleting is idempotent, so several hosts may run it at once. Each
/// batch is one unit of work, so the residents' writes wait behind at most one batch.
/// </summary>
public sealed class ConversationRetention(
    DatabaseWrites<BotDbContext> writes, IEnumerable<IConversationRowsRetention> channels, TimeProvider time, IOptions<RetentionOptions> options)
    : IRetentionStep
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cutoff = time.GetUtcNow().AddDays(-settings.Days);
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
        return total;
    }

    /// <returns>How many quiet conversations the batch found.</returns>
    private async Task<int> DeleteQuietBatchAsync(BotDbContext db, DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
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

    private async Task DeleteConversationAsync(
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
        foreach (var channel in channels)
        {
            await channel.DeleteConversationAsync(db, channelId, conversationId, cancellationToken);
        }
    }

    /// <summary>What no summary points to: state of every kind, transcripts and the channels' rows older than the period.</summary>
    private async Task<int> DeleteLeftoversAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        var total = await writes.RunAsync((db, ct) => db.BotStateItems.Where(i => i.UpdatedAt < cutoff).ExecuteDeleteAsync(ct), cancellationToken);
        while (await writes.RunAsync((db, ct) => DeleteOldTranscriptsAsync(db, cutoff, batchSize, ct), cancellationToken) is { Found: > 0 } transcripts)
        {
            total += transcripts.Deleted;
        }

        foreach (var channel in channels)
        {
            while (await writes.RunAsync((db, ct) => channel.DeleteOldBatchAsync(db, cutoff, batchSize, ct), cancellationToken) is { Found: > 0 } rows)
            {
                total += rows.Deleted;
            }
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
}
