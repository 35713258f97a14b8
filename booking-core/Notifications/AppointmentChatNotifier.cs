using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Notifications;

/// <summary>
/// For an appointment booked in a chat (Telegram), puts the check-in QR code and the reminders into the outbox for that
/// chat too, beside the e-mails and in the same transaction: the plain check-in token exists only now. A move
/// withdraws the old ones and sends fresh ones; a cancel withdraws them.
/// </summary>
public sealed class AppointmentChatNotifier(
    ServiceCatalog catalog, OfficeClock clock, IOptions<MailOptions> mail, IOptions<SiteOptions> site) : IAppointmentChangeHandler
{
    public async Task OnChangedAsync(BookingDbContext db, AppointmentChange change, CancellationToken cancellationToken)
    {
        var appointment = change.Appointment;
        if (string.IsNullOrEmpty(appointment.ChannelAddress))
        {
            return;
        }

        switch (change)
        {
            case AppointmentChange.Booked booked:
                Enqueue(db, appointment, booked.Tokens);
                break;
            case AppointmentChange.Moved moved:
                await WithdrawPendingAsync(db, appointment.Id, cancellationToken);
                Enqueue(db, appointment, moved.Tokens);
                break;
            case AppointmentChange.Cancelled:
                await WithdrawPendingAsync(db, appointment.Id, cancellationToken);
                break;
        }
    }

    /// <summary>What the chat message says: the e-mail's subject line (date and reference), service, address and how to check in.</summary>
    public static string Text(EmailContent content)
    {
        var texts = AppointmentEmailComposer.Texts;
        var language = content.Language;
        return $"{content.Subject}\n\n{texts["Label.Service", language]}: {content.ServiceName}\n"
            + $"{texts["Label.Where", language]}: {texts["Address", language]}\n\n{texts["Qr.Instruction", language]}";
    }

    private void Enqueue(BookingDbContext db, Appointment appointment, AppointmentTokens tokens)
    {
        var now = clock.UtcNow;
        Add(db, appointment, MessageKind.Confirmation, tokens, now);
        foreach (var lead in mail.Value.ReminderLeadTimes.Distinct().OrderByDescending(l => l))
        {
            var due = appointment.Start - lead;
            if (due > now)
            {
                Add(db, appointment, MessageKind.Reminder, tokens, due);
            }
        }
    }

    private static Task WithdrawPendingAsync(BookingDbContext db, Guid appointmentId, CancellationToken cancellationToken) =>
        db.OutboxMessages
            .Where(m => m.AppointmentId == appointmentId && m.Status == OutboxStatus.Pending && m.Channel != OutboxMessage.EmailChannel)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Withdrawn).SetProperty(m => m.Content, (byte[]?)null), cancellationToken);

    private void Add(BookingDbContext db, Appointment appointment, MessageKind kind, AppointmentTokens tokens, DateTimeOffset due)
    {
        var content = EmailContent.For(appointment, kind, tokens, catalog.Find(appointment.ServiceId)!, clock, site.Value);
        var message = new ChatMessage(appointment.ChannelAddress!, Text(content), QrCodeRenderer.Png(content.CheckInUrl!));
        var id = Guid.CreateVersion7(clock.UtcNow);
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = id,
            AppointmentId = appointment.Id,
            Channel = appointment.Channel,
            Kind = kind,
            Status = OutboxStatus.Pending,
            DueAt = due,
            NextAttemptAt = due,
            MessageId = $"{kind.ToString().ToLowerInvariant()}.{id:N}@{appointment.Channel}",
            Content = JsonSerializer.SerializeToUtf8Bytes(message),
            CreatedAt = clock.UtcNow,
        });
    }
}
