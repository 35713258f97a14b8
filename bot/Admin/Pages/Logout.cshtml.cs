using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Bot.Admin.Access;
using Termine.Bot.Admin.ActionLog;

namespace Termine.Bot.Admin.Pages;

/// <summary>
/// Only a POST signs out (with its anti-forgery token), so a link on another site cannot. It deletes the session row,
/// so a copy of the cookie is refused on every host from then on, not only this browser's.
/// </summary>
public sealed class LogoutModel(StaffSessions sessions, StaffActionLog log) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/admin");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.SessionId() is { } sessionId)
        {
            await sessions.EndAsync(sessionId, cancellationToken);
            await log.RecordAsync(User, "staff.signed-out", subject: null, cancellationToken);
        }

        await HttpContext.SignOutAsync(StaffClaims.Scheme);
        return LocalRedirect("/admin/login");
    }
}
