using System.Text.Json;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;
using Termine.Booking.Telemetry;

namespace Termine.Booking.Notifications;

/// <summary>
/// Sends what is due, each message through its channel: e-mail, or the chat transport of the channel the resident
/// booked in. Each message is leased before it is sent, so several hosts share one outbox without sending a message
/// twice; a failure backs off and tries again; a refusal for good is marked for staff. A host only takes the messages
/// of the channels it can send, and one channel being down does not hold up the others.
/// </summary>
public sealed partial class OutboxDispatcher(
    IDbContextFactory<BookingDbContext> contexts,
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
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.UtcNow;
        var channels = _chats.Keys.Append(OutboxMessage.EmailChannel).ToList();
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now)
                && channels.Contains(m.Channel))
            .OrderBy(m => m.NextAttemptAt).Select(m => new { m.Id, m.Channel }).Take(BatchSize).ToListAsync(cancellationToken);
        var sent = 0;
        var unavailable = new HashSet<string>();
        foreach (var message in due.Where(m => !unavailable.Contains(m.Channel)))
        {
            var outcome = await SendOneAsync(db, message.Id, cancellationToken);
            if (outcome == Outcome.Sent)
            {
                sent++;
            }
            else if (outcome == Outcome.ServerUnavailable)
            {
                unavailable.Add(message.Channel);
            }
        }

        return sent;
    }

    /// <summary>
    /// Makes a message that failed or is backing off due now, for staff who fixed the cause (a typo in the address, a
    /// mail server that is back). A message leased by a host that is sending it right now is left alone.
    /// </summary>
    /// <returns>Whether the message will be tried again.</returns>
    public async Task<bool> RetryNowAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.UtcNow;
        var changed = await db.OutboxMessages
            .Where(m => m.Id == id && m.Content != null && (m.LockedUntil == null || m.LockedUntil < now)
                && (m.Status == OutboxStatus.Failed || (m.Status == OutboxStatus.Pending && m.Attempts > 0)))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.NextAttemptAt, now), cancellationToken);
        return changed == 1;
    }

    private async Task<Outcome> SendOneAsync(BookingDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var leased = await db.OutboxMessages
            .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, now + Lease), cancellationToken);
        if (leased == 0)
        {
            return Outcome.TakenByAnotherHost;
        }

        var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            await SendAsync(message, cancellationToken);
            message.Status = OutboxStatus.Sent;
            message.SentAt = clock.UtcNow;
            message.Content = null;
            message.LockedUntil = null;
            await db.SaveChangesAsync(CancellationToken.None);
            Log.Sent(logger, message.Kind, message.Channel, message.AppointmentId);
            return Outcome.Sent;
        }
        catch (Exception ex) when (Refusal(ex) is { } reason)
        {
            message.Status = OutboxStatus.Failed;
            message.Attempts++;
            message.LastError = $"refused: {reason}";
            message.LockedUntil = null;
            await db.SaveChangesAsync(CancellationToken.None);
            Log.Refused(logger, message.Kind, message.Channel, message.AppointmentId, reason);
            metrics.SendFailed(message.Channel, message.Kind, refused: true);
            return Outcome.Refused;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            message.Attempts++;
            message.NextAttemptAt = clock.UtcNow + RetryDelay(message.Attempts);
            message.LastError = ex is SmtpCommandException smtp ? $"{ex.GetType().Name}: {(int)smtp.StatusCode}" : ex.GetType().Name;
            message.LockedUntil = null;
            await db.SaveChangesAsync(CancellationToken.None);
            Log.Failed(logger, message.Kind, message.Channel, message.AppointmentId, message.Attempts, ex.GetType().Name);
            metrics.SendFailed(message.Channel, message.Kind, refused: false);
            return Outcome.ServerUnavailable;
        }
    }

    private async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Channel == OutboxMessage.EmailChannel)
        {
            using var content = new MemoryStream(message.Content!);
            await transport.SendAsync(await MimeMessage.LoadAsync(content, cancellationToken), cancellationToken);
            return;
        }

        var chat = JsonSerializer.Deserialize<ChatMessage>(message.Content!)!;
        await _chats[message.Channel].SendAsync(chat, cancellationToken);
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
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Sent {Kind} by {Channel} for appointment {AppointmentId}")]
        public static partial void Sent(ILogger logger, MessageKind kind, string channel, Guid appointmentId);

        [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "The {Kind} by {Channel} for appointment {AppointmentId} was refused for good ({Reason})")]
        public static partial void Refused(ILogger logger, MessageKind kind, string channel, Guid appointmentId, string reason);

        [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Could not send the {Kind} by {Channel} for appointment {AppointmentId} (attempt {Attempts}, {Error}); will retry")]
        public static partial void Failed(ILogger logger, MessageKind kind, string channel, Guid appointmentId, int attempts, string error);
    }
}
