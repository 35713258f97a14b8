using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Termine.Booking;
using Termine.Booking.Persistence.Writes;

namespace Termine.Bot.State;

/// <summary>
/// Keeps each conversation's <see cref="ConversationSummary"/>: the transcript store touches it with every logged
/// activity, and the dialogs name the outcome when they reach one. Times are the host's clock when the activity was
/// logged (not the channel's time stamp), so the list's "quiet for 30 minutes" and the retention period measure
/// against the same clock. Within a turn the outcome waits for the turn's one commit (<see cref="TurnWrites"/>), and
/// is kept even when the turn fails afterwards (the booking it names is committed already).
/// </summary>
public sealed class ConversationSummaries(
    DatabaseWrites<BotDbContext> database, TimeProvider time, ILogger<ConversationSummaries> logger)
{
    private const int MaxAttempts = 3;

    /// <summary>An outcome only rises: a booking is not undone by a later question for a person.</summary>
    private static int Rank(ConversationOutcome outcome) => outcome switch
    {
        ConversationOutcome.Booked => 3,
        ConversationOutcome.Managed or ConversationOutcome.JoinedWaitlist => 2,
        ConversationOutcome.AskedForPerson => 1,
        _ => 0,
    };

    /// <summary>
    /// Counts an activity being logged in <paramref name="db"/> (saved by the caller with it). The bot's replies carry
    /// the conversation's language as their locale; a resident's locale counts only until the bot has answered.
    /// </summary>
    internal async Task TouchAsync(
        BotDbContext db, string channelId, string conversationId, string? locale, bool fromBot, CancellationToken cancellationToken)
    {
        if (!Fits(channelId, conversationId))
        {
            return;
        }

        var now = time.GetUtcNow();
        var summary = await FindOrAddAsync(db, channelId, conversationId, now, cancellationToken);
        summary.LastActivityAt = now;
        summary.ActivityCount++;
        if (Languages.TryNormalize(locale, out var language) && (fromBot || summary.Language is null))
        {
            summary.Language = language;
        }
    }

    /// <summary>Records what the conversation came to, with the appointment it booked or managed.</summary>
    public async Task RecordOutcomeAsync(
        string channelId, string conversationId, ConversationOutcome outcome, Guid? appointmentId, CancellationToken cancellationToken)
    {
        if (!Fits(channelId, conversationId))
        {
            return;
        }

        var rises = false;
        string? language = null;
        async Task RecordInAsync(BotDbContext db, CancellationToken ct)
        {
            var summary = await FindOrAddAsync(db, channelId, conversationId, time.GetUtcNow(), ct);
            rises = Rank(outcome) >= Rank(summary.Outcome);
            language = summary.Language;
            if (rises)
            {
                summary.Outcome = outcome;
                summary.AppointmentId = appointmentId ?? summary.AppointmentId;
            }
        }

        void Recorded()
        {
            if (rises)
            {
                logger.ConversationOutcomeReached(Hash(conversationId), channelId, outcome, language ?? "unknown");
            }
        }

        if (TurnWrites.Current is { } turn)
        {
            turn.Add(keptWhenTurnFails: true, RecordInAsync, Recorded);
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await database.RunAsync(
                    async (db, ct) =>
                    {
                        await RecordInAsync(db, ct);
                        await db.SaveChangesAsync(ct);
                    },
                    cancellationToken);
                Recorded();
                return;
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex) && attempt < MaxAttempts)
            {
                // The transcript store created the row in the same moment; read it again and update it.
            }
        }
    }

    /// <summary>
    /// Names a conversation in the log without its id, which on some channels is the resident's chat; the same
    /// conversation always has the same hash, so its lines can be followed.
    /// </summary>
    private static string Hash(string conversationId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId)).AsSpan(0, 6));

    /// <summary>A conversation whose ids exceed the columns keeps its transcript but gets no entry in the list.</summary>
    private static bool Fits(string channelId, string conversationId) =>
        channelId.Length <= ConversationSummary.MaxChannelIdLength && conversationId.Length <= ConversationSummary.MaxConversationIdLength;

    private static async Task<ConversationSummary> FindOrAddAsync(
        BotDbContext db, string channelId, string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A turn's unit touches the same summary for each of its activities before it saves any of them.
        var summary = db.ConversationSummaries.Local.FirstOrDefault(s => s.ChannelId == channelId && s.ConversationId == conversationId)
            ?? await db.ConversationSummaries.SingleOrDefaultAsync(s => s.ChannelId == channelId && s.ConversationId == conversationId, cancellationToken);
        if (summary is null)
        {
            summary = new ConversationSummary { ChannelId = channelId, ConversationId = conversationId, StartedAt = now, LastActivityAt = now };
            db.ConversationSummaries.Add(summary);
        }

        return summary;
    }
}
