using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Bot.Admin.Transcripts;

namespace Termine.Bot.Admin.Pages.Transcripts;

/// <summary>From an appointment to the conversation it was booked or managed in; says so when there is none.</summary>
public sealed class ByAppointmentModel(TranscriptList list) : PageModel
{
    public Guid AppointmentId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        AppointmentId = id;
        var summary = await list.FindByAppointmentAsync(id, cancellationToken);
        return summary is null
            ? Page()
            : Redirect(TranscriptsModel.ConversationPath(summary.ChannelId, summary.ConversationId));
    }
}
