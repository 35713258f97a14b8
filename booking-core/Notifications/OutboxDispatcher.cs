using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Notifications;

/// <summary>
/// Sends what is due. Each message is leased before it is sent, so several hosts share one outbox without sending a
/// message twice; a failure backs off and tries again; a refusal for good is marked for staff.
/// </summary>
public sealed partial class OutboxDispatcher(
    IDbContextFactory<BookingDbContext> contexts,
    IEmailTransport transport,
    OfficeClock clock,
    IOptions<MailOptions> options,
    ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 20;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);

    /// <returns>How many messages went out.</returns>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.UtcNow;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in due)
        {
            var outcome = await SendOneAsync(db, id, cancellationToken);
            if (outcome == Outcome.Sent)
            {
                sent++;
            }
            else if (outcome == Outcome.ServerUnavailable)
            {
                break;
            }
        }

        return sent;
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
            using var content = new MemoryStream(message.Content!);
            await transport.SendAsync(await MimeMessage.LoadAsync(content, cancellationToken), cancellationToken);
            message.Status = OutboxStatus.Sent;
            message.SentAt = clock.UtcNow;
            message.Content = null;
            message.LockedUntil = null;
            await db.SaveChangesAsync(CancellationToken.None);
            Log.Sent(logger, message.Kind, message.AppointmentId);
            return Outcome.Sent;
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500 && ex.ErrorCode != SmtpErrorCode.UnexpectedStatusCode)
        {
            message.Status = OutboxStatus.Failed;
            message.Attempts++;
            message.LastError = $"refused: {(int)ex.StatusCode} {ex.ErrorCode}";
            message.LockedUntil = null;
            await db.SaveChangesAsync(CancellationToken.None);
            Log.Refused(logger, message.Kind, message.AppointmentId, (int)ex.StatusCode);
            return Outcome.Refused;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            message.Attempts++;
            message.NextAttemptAt = clock.UtcNow + RetryDelay(message.Attempts);
            message.LastError = ex is SmtpCommandException smtp ? $"{ex.GetType().Name}: {(int)smtp.StatusCode}" : ex.GetType().Name;
            message.LockedUntil = null;
            await db.SaveChangesAsync(CancellationToken.None);
            Log.Failed(logger, message.Kind, message.AppointmentId, message.Attempts, ex.GetType().Name);
            return Outcome.ServerUnavailable;
        }
    }

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
        [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Sent {Kind} for appointment {AppointmentId}")]
        public static partial void Sent(ILogger logger, MessageKind kind, Guid appointmentId);

        [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "The mail server refused the {Kind} for appointment {AppointmentId} for good ({Status})")]
        public static partial void Refused(ILogger logger, MessageKind kind, Guid appointmentId, int status);

        [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Could not send the {Kind} for appointment {AppointmentId} (attempt {Attempts}, {Error}); will retry")]
        public static partial void Failed(ILogger logger, MessageKind kind, Guid appointmentId, int attempts, string error);
    }
}
