using Termine.Booking.Notifications;
using Termine.Booking.Persistence;

namespace Termine.Booking.Waitlist;

/// <summary>
/// Adds the waiting list's e-mails to the outbox in the change's own unit of work, as small rows composed at send time
/// (<see cref="WaitlistMailComposer"/>), so nothing is lost on a restart or an SMTP outage.
/// </summary>
internal static class WaitlistOutbox
{
    public static void Add(
        BookingDbContext db, Guid entryId, Guid? appointmentId, MessageKind kind, DateTimeOffset now, MailOptions mail)
    {
        var id = Guid.CreateVersion7(now);
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = id,
            AppointmentId = appointmentId,
            WaitlistEntryId = entryId,
            Kind = kind,
            Status = OutboxStatus.Pending,
            DueAt = now,
            NextAttemptAt = now,
            MessageId = $"{kind.ToString().ToLowerInvariant()}.{id:N}@{mail.MessageIdDomain}",
            CreatedAt = now,
        });
    }
}
