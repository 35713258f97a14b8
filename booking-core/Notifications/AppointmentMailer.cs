using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Notifications;

/// <summary>
/// Puts the e-mails a change calls for into the outbox, in the change's own transaction, as small rows the dispatcher
/// composes when it sends them: a confirmation and the reminders on booking, fresh ones on a move (the old ones
/// withdrawn), a cancellation notice on cancel.
/// </summary>
public sealed class AppointmentMailer(OfficeClock clock, IOptions<MailOptions> options) : IAppointmentChangeHandler
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
            case AppointmentChange.Booked:
                Enqueue(db, appointment, sequence: 0);
                break;
            case AppointmentChange.Moved:
                var sequence = await WithdrawPendingAsync(db, appointment.Id, cancellationToken);
                Enqueue(db, appointment, sequence);
                break;
            case AppointmentChange.Cancelled:
                var last = await WithdrawPendingAsync(db, appointment.Id, cancellationToken);
                Add(db, appointment, MessageKind.Cancellation, clock.UtcNow, last);
                break;
        }
    }

    private void Enqueue(BookingDbContext db, Appointment appointment, int sequence)
    {
        var now = clock.UtcNow;
        Add(db, appointment, MessageKind.Confirmation, now, sequence);
        // The first reminder asks the resident to confirm; the later one only reminds (and may warn of the release).
        var first = true;
        foreach (var lead in options.Value.ReminderLeadTimes.Distinct().OrderByDescending(l => l))
        {
            var due = appointment.Start - lead;
            if (due > now)
            {
                Add(db, appointment, MessageKind.Reminder, due, sequence).AsksToReconfirm = first;
                first = false;
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

    private OutboxMessage Add(BookingDbContext db, Appointment appointment, MessageKind kind, DateTimeOffset due, int sequence)
    {
        var id = Guid.CreateVersion7(clock.UtcNow);
        return db.OutboxMessages.Add(new OutboxMessage
        {
            Id = id,
            AppointmentId = appointment.Id,
            Kind = kind,
            Status = OutboxStatus.Pending,
            DueAt = due,
            NextAttemptAt = due,
            MessageId = $"{kind.ToString().ToLowerInvariant()}.{id:N}@{options.Value.MessageIdDomain}",
            TokenGeneration = appointment.TokenGeneration,
            CalendarSequence = sequence,
            CreatedAt = clock.UtcNow,
        }).Entity;
    }
}
