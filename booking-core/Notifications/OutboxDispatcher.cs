using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Scheduling;
using Termine.Booking.Telemetry;

namespace Termine.Booking.Notifications;

/// <summary>
/// Sends what is due, each message through its channel: e-mail, or the chat transport of the channel the resident
/// booked in. Each message is leased before it is sent, so several hosts share one outbox without sending a message
/// twice; a failure backs off and tries again; a refusal for good is marked for staff. A host only takes the messages
/// of the channels it can send, and one channel being down does not hold up the others. Messages are composed here,
/// at send time (<see cref="OutboxComposer"/>), outside any unit of work: the lease and the outcome are each one short
/// write through <see cref="DatabaseWrites{TContext}"/>, and nothing else waits while a message is composed or sent.
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<BookingDbContext> contexts,
    DatabaseWrites<BookingDbContext> writes,
    OutboxComposer composer,
    IEmailTransport transport,
    IEnumerable<IChatTransport> chatTransports,
    OfficeClock clock,
    IOptions<MailOptions> options,
    BookingMetrics metrics,
    ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 20;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);

    private readonly Dictionary<string, IChatTransport> _chats = chatTransports.ToDictionary(t => t.Channel);

    /// <returns>How many messages went out.</returns>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var channels = _chats.Keys.Append(OutboxMessage.EmailChannel).ToList();
        List<(Guid Id, string Channel)> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var rows = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now)
                    && channels.Contains(m.Channel))
                .OrderBy(m => m.NextAttemptAt).Select(m => new { m.Id, m.Channel }).Take(BatchSize).ToListAsync(cancellationToken);
            due = rows.Select(m => (m.Id, m.Channel)).ToList();
        }

        var sent = 0;
        var unavailable = new HashSet<string>();
        foreach (var (id, channel) in due.Where(m => !unavailable.Contains(m.Channel)))
        {
            var outcome = await SendOneAsync(id, cancellationToken);
            if (outcome == Outcome.Sent)
            {
                sent++;
            }
            else if (outcome == Outcome.ServerUnavailable)
            {
                unavailable.Add(channel);
            }
        }

        return sent;
    }

    /// <summary>
    /// Makes a message that failed or is backing off due now, for staff who fixed the cause (a typo in the address, a
    /// mail server that is back). A message leased by a host that is sending it right now is left alone, and so is one
    /// whose appointment was anonymised (there is nothing left to compose it from).
    /// </summary>
    /// <returns>Whether the message will be tried again.</returns>
    public async Task<bool> RetryNowAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var changed = await writes.RunAsync((db, ct) => db.OutboxMessages
            .Where(m => m.Id == id && (m.LockedUntil == null || m.LockedUntil < now)
                && (m.Status == OutboxStatus.Failed || (m.Status == OutboxStatus.Pending && m.Attempts > 0))
                && (m.Content != null || m.WaitlistEntryId != null || db.Appointments.Any(a => a.Id == m.AppointmentId && a.AnonymisedAt == null)))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.NextAttemptAt, now), ct),
            cancellationToken);
        return changed == 1;
    }

    private async Task<Outcome> SendOneAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var leased = await writes.RunAsync((db, ct) => db.OutboxMessages
            .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, now + Lease), ct), cancellationToken);
        if (leased == 0)
        {
            return Outcome.TakenByAnotherHost;
        }

        OutboxMessage? message;
        Appointment? appointment;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            message = await db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
            appointment = message is null ? null : await db.Appointments.AsNoTracking().Include(a => a.Companions)
                .SingleOrDefaultAsync(a => a.Id == message.AppointmentId, cancellationToken);
        }

        if (message is null)
        {
            // Deleted by retention since it was leased.
            return Outcome.TakenByAnotherHost;
        }

        try
        {
            var composed = await composer.ComposeAsync(message, appointment, cancellationToken);
            if (composed is ComposedMessage.Withdrawn withdrawn)
            {
                await FinishAsync(id, s => s
                    .SetProperty(m => m.Status, OutboxStatus.Withdrawn)
                    .SetProperty(m => m.Content, (byte[]?)null)
                    .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null));
                logger.MessageWithdrawn(message.Kind, message.Channel, message.AppointmentId, withdrawn.Reason);
                return Outcome.Withdrawn;
            }

            await SendAsync(message.Channel, composed, cancellationToken);
            var sentAt = clock.UtcNow;
            var warned = composed.WarnsOfRelease;
            await FinishAsync(id, s => s
                .SetProperty(m => m.Status, OutboxStatus.Sent)
                .SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.WarnedOfRelease, warned)
                .SetProperty(m => m.Content, (byte[]?)null)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null));
            logger.MessageSent(message.Kind, message.Channel, message.AppointmentId);
            return Outcome.Sent;
        }
        catch (Exception ex) when (Refusal(ex) is { } reason)
        {
            var error = $"refused: {reason}";
            await FinishAsync(id, s => s
                .SetProperty(m => m.Status, OutboxStatus.Failed)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null));
            logger.MessageRefused(message.Kind, message.Channel, message.AppointmentId, reason);
            metrics.SendFailed(message.Channel, message.Kind, refused: true);
            return Outcome.Refused;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var attempts = message.Attempts + 1;
            var next = clock.UtcNow + RetryDelay(attempts);
            var error = ex is SmtpCommandException smtp ? $"{ex.GetType().Name}: {(int)smtp.StatusCode}" : ex.GetType().Name;
            await FinishAsync(id, s => s
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.NextAttemptAt, next)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null));
            logger.MessageFailed(message.Kind, message.Channel, message.AppointmentId, attempts, ex.GetType().Name);
            metrics.SendFailed(message.Channel, message.Kind, refused: false);
            return Outcome.ServerUnavailable;
        }
    }

    /// <summary>
    /// Writes a leased message's outcome. Not cancelled with the round: what was sent must be marked sent, or it goes
    /// out again after the lease.
    /// </summary>
    private Task FinishAsync(
        Guid id, Action<UpdateSettersBuilder<OutboxMessage>> set) =>
        writes.RunAsync((db, ct) => db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(set, ct), CancellationToken.None);

    private async Task SendAsync(string channel, ComposedMessage composed, CancellationToken cancellationToken)
    {
        switch (composed)
        {
            case ComposedMessage.Email email:
                await transport.SendAsync(email.Message, cancellationToken);
                break;
            case ComposedMessage.Chat chat:
                await _chats[channel].SendAsync(chat.Message, cancellationToken);
                break;
        }
    }

    /// <summary>Why a message can never be delivered, or null when trying again may help.</summary>
    private static string? Refusal(Exception exception) => exception switch
    {
        DeliveryRefusedException refused => refused.Reason,
        SmtpCommandException smtp when (int)smtp.StatusCode >= 500 && smtp.ErrorCode != SmtpErrorCode.UnexpectedStatusCode =>
            $"{(int)smtp.StatusCode} {smtp.ErrorCode}",
        _ => null,
    };

    private TimeSpan RetryDelay(int attempts)
    {
        var delay = options.Value.RetryDelay * Math.Pow(2, Math.Min(attempts - 1, 16));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }

    private enum Outcome
    {
        Sent,
        Refused,
        ServerUnavailable,
        TakenByAnotherHost,
        Withdrawn,
    }
}
