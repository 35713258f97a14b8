using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Notifications;

/// <summary>
/// Puts the e-mails a change calls for into the outbox, in the change's own transaction: a confirmation and the
/// reminders on booking, fresh ones on a move (the old reminders withdrawn), a cancellation notice on cancel.
/// </summary>
public sealed class AppointmentMailer(AppointmentEmailComposer composer, OfficeClock clock, IOptions<MailOptions> options)
    : IAppointmentChangeHandler
{
    public async Task OnChangedAsync(BookingDbContext db, AppointmentChange change, CancellationToken cancellationToken)
    {
        var appointment = change.Appointment;
        if (string.IsNullOrEmpty(appointment.Email))
        {
            return;
        }

        switch (change)
        {
            case AppointmentChange.Booked booked:
                Enqueue(db, appointment, booked.Tokens, sequence: 0);
                break;
            case AppointmentChange.Moved moved:
                var sequence = await WithdrawPendingAsync(db, appointment.Id, cancellationToken);
                Enqueue(db, appointment, moved.Tokens, sequence);
                break;
            case AppointmentChange.Cancelled:
                var last = await WithdrawPendingAsync(db, appointment.Id, cancellationToken);
                Add(db, appointment, MessageKind.Cancellation, null, clock.UtcNow, last);
                break;
        }
    }

    private void Enqueue(BookingDbContext db, Appointment appointment, AppointmentTokens tokens, int sequence)
    {
        var now = clock.UtcNow;
        Add(db, appointment, MessageKind.Confirmation, tokens, now, sequence);
        foreach (var lead in options.Value.ReminderLeadTimes.Distinct().OrderByDescending(l => l))
        {
            var due = appointment.Start - lead;
            if (due > now)
            {
                Add(db, appointment, MessageKind.Reminder, tokens, due, sequence);
            }
        }
    }

    /// <summary>
    /// Withdraws what has not gone out yet, on every channel; returns the calendar sequence the next e-mail carries.
    /// </summary>
    private static async Task<int> WithdrawPendingAsync(BookingDbContext db, Guid appointmentId, CancellationToken cancellationToken)
    {
        await db.OutboxMessages
            .Where(m => m.AppointmentId == appointmentId && m.Status == OutboxStatus.Pending && m.Kind != MessageKind.Cancellation)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Withdrawn).SetProperty(m => m.Content, (byte[]?)null), cancellationToken);
        return await db.OutboxMessages.CountAsync(
            m => m.AppointmentId == appointmentId && m.Kind != MessageKind.Reminder && m.Channel == OutboxMessage.EmailChannel, cancellationToken);
    }

    private void Add(BookingDbContext db, Appointment appointment, MessageKind kind, AppointmentTokens? tokens, DateTimeOffset due, int sequence)
    {
        var id = Guid.CreateVersion7(clock.UtcNow);
        var messageId = $"{kind.ToString().ToLowerInvariant()}.{id:N}@{options.Value.MessageIdDomain}";
        var message = composer.Compose(appointment, kind, tokens, messageId, sequence);
        using var content = new MemoryStream();
        message.WriteTo(FormatOptions.Default, content);
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = id,
            AppointmentId = appointment.Id,
            Kind = kind,
            Status = OutboxStatus.Pending,
            DueAt = due,
            NextAttemptAt = due,
            MessageId = messageId,
            Content = content.ToArray(),
            CreatedAt = clock.UtcNow,
        });
    }
}
