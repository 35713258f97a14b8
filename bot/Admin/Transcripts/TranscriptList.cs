using Microsoft.EntityFrameworkCore;
using Termine.Booking.Scheduling;
using Termine.Bot.State;

namespace Termine.Bot.Admin.Transcripts;

/// <summary>The conversations for the staff's list, read from their summaries (never from every activity).</summary>
public sealed class TranscriptList(IDbContextFactory<BotDbContext> contexts, OfficeClock clock)
{
    public const int PageSize = 25;

    /// <summary>An open conversation quiet for longer than this was left without an outcome.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(30);

    public async Task<TranscriptListPage> SearchAsync(TranscriptQuery query, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, query.Page);
        var quietSince = clock.UtcNow - AbandonedAfter;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var summaries = db.ConversationSummaries.AsNoTracking();
        if (query.From is { } from)
        {
            var start = clock.ToInstant(from, TimeOnly.MinValue);
            summaries = summaries.Where(s => s.StartedAt >= start);
        }

        if (query.To is { } to)
        {
            var end = clock.ToInstant(to.AddDays(1), TimeOnly.MinValue);
            summaries = summaries.Where(s => s.StartedAt < end);
        }

        if (!string.IsNullOrEmpty(query.Channel))
        {
            summaries = summaries.Where(s => s.ChannelId == query.Channel);
        }

        if (!string.IsNullOrEmpty(query.Language))
        {
            summaries = summaries.Where(s => s.Language == query.Language);
        }

        summaries = query.Outcome switch
        {
            TranscriptOutcomeFilter.Booked => summaries.Where(s => s.Outcome == ConversationOutcome.Booked),
            TranscriptOutcomeFilter.AskedForPerson => summaries.Where(s => s.Outcome == ConversationOutcome.AskedForPerson),
            TranscriptOutcomeFilter.Managed => summaries.Where(s => s.Outcome == ConversationOutcome.Managed),
            TranscriptOutcomeFilter.JoinedWaitlist => summaries.Where(s => s.Outcome == ConversationOutcome.JoinedWaitlist),
            TranscriptOutcomeFilter.Abandoned => summaries.Where(s => s.Outcome == ConversationOutcome.Open && s.LastActivityAt < quietSince),
            TranscriptOutcomeFilter.Open => summaries.Where(s => s.Outcome == ConversationOutcome.Open && s.LastActivityAt >= quietSince),
            _ => summaries,
        };

        var rows = await summaries
            .OrderByDescending(s => s.StartedAt).ThenBy(s => s.ConversationId)
            .Skip((page - 1) * PageSize)
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        var items = rows.Take(PageSize).Select(s => new TranscriptListItem(
            s.ChannelId, s.ConversationId, s.StartedAt, s.LastActivityAt, s.Language, s.Outcome,
            s.Outcome == ConversationOutcome.Open && s.LastActivityAt < quietSince, s.AppointmentId, s.ActivityCount)).ToList();
        return new TranscriptListPage(items, page, rows.Count > PageSize);
    }

    /// <summary>The channels that have conversations, for the filter's choices.</summary>
    public async Task<IReadOnlyList<string>> ChannelsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ConversationSummaries.AsNoTracking().Select(s => s.ChannelId).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
    }

    public async Task<ConversationSummary?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ConversationSummaries.AsNoTracking()
            .SingleOrDefaultAsync(s => s.ChannelId == channelId && s.ConversationId == conversationId, cancellationToken);
    }

    /// <summary>The conversation an appointment was booked or managed in; the latest when there are several.</summary>
    public async Task<ConversationSummary?> FindByAppointmentAsync(Guid appointmentId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ConversationSummaries.AsNoTracking()
            .Where(s => s.AppointmentId == appointmentId)
            .OrderByDescending(s => s.LastActivityAt)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
