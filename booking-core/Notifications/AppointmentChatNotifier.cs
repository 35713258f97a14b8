using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Notifications;

/// <summary>
/// For an appointment booked in a chat (Telegram), puts the check-in QR code and the reminders into the outbox for that
/// chat too, beside the e-mails and in the same transaction, as small rows <see cref="OutboxComposer"/> composes at send
/// time. A move withdraws the old ones and sends fresh ones; a cancel withdraws them.
/// </summary>
public sealed class AppointmentChatNotifier(OfficeClock clock, IOptions<MailOptions> mail) : IAppointmentChangeHandler
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
            case AppointmentChange.Booked:
                Enqueue(db, appointment);
                break;
            case AppointmentChange.Moved:
                await WithdrawPendingAsync(db, appointment.Id, cancellationToken);
                Enqueue(db, appointment);
                break;
            case AppointmentChange.Cancelled:
                await WithdrawPendingAsync(db, appointment.Id, cancellationToken);
                break;
        }
    }

    /// <summary>
    /// What the chat message says: the e-mail's subject line (date and reference), service, the authority's name and its
    /// German address a line each, how to check in, and the number to call; left-to-right runs isolated in Arabic. A
    /// reminder that asks to confirm says so (its buttons follow), and one that warns names the deadline.
    /// </summary>
    public static string Text(EmailContent content)
    {
        var texts = AppointmentEmailComposer.Texts;
        var language = content.Language;
        var text = new StringBuilder()
            .AppendLine(content.Subject).AppendLine()
            .AppendLine($"{texts["Label.Service", language]}{texts["Colon", language]} {content.ServiceName}")
            .AppendLine($"{texts["Label.Where", language]}{texts["Colon", language]}");
        EmailText.AppendAddress(text, content);
        text.AppendLine().AppendLine(texts["Qr.Instruction", language]).AppendLine().Append(EmailText.PhoneLine(content));
        if (content.ReconfirmUrl is not null)
        {
            text.AppendLine().AppendLine().Append(texts["Reconfirm.Text", language]);
        }

        if (content.ReleaseDeadline is { } deadline)
        {
            text.AppendLine().AppendLine().Append(texts.Get("Reconfirm.Warning", language, deadline));
        }

        return text.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>The first reminder's buttons: "Yes, I will come" (acts in this chat only) and the page to cancel.</summary>
    public static IReadOnlyList<ChatButton> Buttons(EmailContent content, Guid appointmentId) =>
    [
        new(AppointmentEmailComposer.Texts["Reconfirm.Button", content.Language], appointmentId, null),
        new(AppointmentEmailComposer.Texts["Reconfirm.CancelButton", content.Language], null, content.ManageUrl),
    ];

    private void Enqueue(BookingDbContext db, Appointment appointment)
    {
        var now = clock.UtcNow;
        Add(db, appointment, MessageKind.Confirmation, now);
        // The first reminder asks the resident to confirm; the later one only reminds (and may warn of the release).
        var first = true;
        foreach (var lead in mail.Value.ReminderLeadTimes.Distinct().OrderByDescending(l => l))
        {
            var due = appointment.Start - lead;
            if (due > now)
            {
                Add(db, appointment, MessageKind.Reminder, due).AsksToReconfirm = first;
                first = false;
            }
        }
    }

    private static Task WithdrawPendingAsync(BookingDbContext db, Guid appointmentId, CancellationToken cancellationToken) =>
        db.OutboxMessages
            .Where(m => m.AppointmentId == appointmentId && m.Status == OutboxStatus.Pending && m.Channel != OutboxMessage.EmailChannel)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Withdrawn).SetProperty(m => m.Content, (byte[]?)null), cancellationToken);

    private OutboxMessage Add(BookingDbContext db, Appointment appointment, MessageKind kind, DateTimeOffset due)
    {
        var id = Guid.CreateVersion7(clock.UtcNow);
        return db.OutboxMessages.Add(new OutboxMessage
        {
            Id = id,
            AppointmentId = appointment.Id,
            Channel = appointment.Channel,
            Kind = kind,
            Status = OutboxStatus.Pending,
            DueAt = due,
            NextAttemptAt = due,
            MessageId = $"{kind.ToString().ToLowerInvariant()}.{id:N}@{appointment.Channel}",
            TokenGeneration = appointment.TokenGeneration,
            CreatedAt = clock.UtcNow,
        }).Entity;
    }
}
