using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Booking.Notifications;
using Termine.Bot.Admin.ActionLog;
using Termine.Bot.Admin.ServicePoint;

namespace Termine.Bot.Admin.Pages.Outbox;

/// <summary>Messages that did not go out; staff send one again once its cause is fixed.</summary>
public sealed class OutboxModel(OutboxOverview overview, OutboxDispatcher dispatcher, StaffActionLog log) : PageModel
{
    public IReadOnlyList<UndeliveredMessage> Messages { get; private set; } = [];

    public string? Notice { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Messages = await overview.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await dispatcher.RetryNowAsync(id, cancellationToken))
        {
            await log.RecordAsync(User, "outbox.retried", id.ToString(), cancellationToken);
            Notice = "Die Nachricht wird gleich erneut gesendet.";
        }
        else
        {
            Error = "Diese Nachricht kann gerade nicht erneut gesendet werden (schon unterwegs oder versendet).";
        }

        Messages = await overview.ListAsync(cancellationToken);
        return Page();
    }

    public static string KindName(MessageKind kind) => kind switch
    {
        MessageKind.Confirmation => "Bestätigung",
        MessageKind.Reminder => "Erinnerung",
        MessageKind.Cancellation => "Stornierung",
        _ => kind.ToString(),
    };
}
