using Termine.Booking.Notifications;
using Termine.Booking.Persistence;

namespace Termine.Booking.Waitlist;

/// <summary>
/// Adds the waiting list's e-mails to the outbox in the change's own unit of work, as small rows composed at send time
/// (<see cref="WaitlistMailComposer"/>), so nothing is lost on a restart or an SMTP outage. An entry that joined from
/// a chat that can be written to later (it has a chat address: Telegram) gets each message in that chat as well.
/// </summary>
internal static class WaitlistOutbox
{
    public static void Add(
        BookingDbContext db, WaitlistEntry entry, Guid? appointmentId, MessageKind kind, DateTimeOffset now, MailOptions mail)
    {
        Add(db, entry.Id, appointmentId, kind, now, OutboxMessage.EmailChannel, mail.MessageIdDomain);
        if (!string.IsNullOrEmpty(entry.ChannelAddress))
        {
            Add(db, entry.Id, appointmentId, kind, now, entry.Channel, entry.Channel);
        }
    }

    private static void Add(
        BookingDbContext db, Guid entryId, Guid? appointmentId, MessageKind kind, DateTimeOffset now, string channel, string domain)
    {
        var id = Guid.CreateVersion7(now);
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = id,
            AppointmentId = appointmentId,
            WaitlistEntryId = entryId,
            Channel = channel,
            Kind = kind,
            Status = OutboxStatus.Pending,
            DueAt = now,
            NextAttemptAt = now,
            MessageId = $"{kind.ToString().ToLowerInvariant()}.{id:N}@{domain}",
            CreatedAt = now,
        });
    }
}
