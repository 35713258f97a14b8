using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Termine.Booking.Retention;

namespace Termine.Bot.State;

/// <summary>
/// Deletes what the bot keeps of conversations quiet for longer than <see cref="RetentionOptions.Days"/>: their
/// summary, transcript, conversation state and Direct Line activities; then anything older left without a summary
/// (state rows, transcripts, Direct Line conversations never used), and action log entries older than
/// <see cref="RetentionOptions.ActionLogDays"/>. Deleting is idempotent, so several hosts may run it at once.
/// </summary>
public sealed class ConversationRetention(IDbContextFactory<BotDbContext> contexts, TimeProvider time, IOptions<RetentionOptions> options)
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
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var quiet = await db.ConversationSummaries.AsNoTracking()
                .Where(s => s.LastActivityAt < cutoff)
                .OrderBy(s => s.LastActivityAt)
                .Select(s => new { s.ChannelId, s.ConversationId })
                .Take(settings.BatchSize)
                .ToListAsync(cancellationToken);
            if (quiet.Count == 0)
            {
                break;
            }

            foreach (var conversation in quiet)
            {
                await DeleteConversationAsync(db, conversation.ChannelId, conversation.ConversationId, cutoff, cancellationToken);
            }

            total += quiet.Count;
        }

        total += await DeleteLeftoversAsync(cutoff, settings.BatchSize, cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var logCutoff = now.AddDays(-settings.ActionLogDays);
            total += await db.StaffActions.Where(a => a.At < logCutoff).ExecuteDeleteAsync(cancellationToken);
        }

        return total;
    }

    private static async Task DeleteConversationAsync(
        BotDbContext db, string channelId, string conversationId, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The summary goes last and only while still quiet: a resident who came back in the meantime keeps everything.
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
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>What no summary points to: state of every kind, transcripts and Direct Line rows older than the period.</summary>
    private async Task<int> DeleteLeftoversAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        var total = 0;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        total += await db.BotStateItems.Where(i => i.UpdatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        while (await db.TranscriptActivities.Where(a => a.Timestamp < cutoff).OrderBy(a => a.Id).Select(a => a.Id).Take(batchSize)
                   .ToListAsync(cancellationToken) is { Count: > 0 } ids)
        {
            total += await db.TranscriptActivities.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        while (await db.DirectLineConversations
                   .Where(c => c.CreatedAt < cutoff && !db.DirectLineActivities.Any(a => a.ConversationId == c.Id && a.Timestamp >= cutoff))
                   .Select(c => c.Id).Take(batchSize).ToListAsync(cancellationToken) is { Count: > 0 } conversations)
        {
            await db.DirectLineActivities.Where(a => conversations.Contains(a.ConversationId)).ExecuteDeleteAsync(cancellationToken);
            total += await db.DirectLineConversations.Where(c => conversations.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        return total;
    }
}
