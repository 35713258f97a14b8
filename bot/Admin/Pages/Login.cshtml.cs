using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Booking.Scheduling;
using Termine.Bot.Admin.Access;
using Termine.Bot.Admin.ActionLog;

namespace Termine.Bot.Admin.Pages;

public sealed class LoginModel(StaffAccounts accounts, StaffActionLog log, OfficeClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (UserName.Length > StaffUser.MaxUserNameLength || Password.Length > StaffPasswords.MaxLength)
        {
            Error = "Benutzername oder Passwort ist falsch.";
            return Page();
        }

        switch (await accounts.SignInAsync(UserName, Password, cancellationToken))
        {
            case StaffSignInResult.SignedIn(var user):
                await HttpContext.SignInAsync(StaffClaims.Scheme, StaffClaims.Principal(user));
                await log.RecordAsync(user.UserName, "staff.signed-in", subject: null, detail: null, cancellationToken);
                // Only a path of this site: a link from elsewhere must not send a fresh sign-in off to another host.
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl.StartsWith("/admin", StringComparison.Ordinal) ? ReturnUrl : "/admin");
            case StaffSignInResult.LockedOut(var until):
                Error = $"Zu viele Fehlversuche: Die Anmeldung ist bis {clock.ToLocal(until):HH:mm} Uhr gesperrt.";
                return Page();
            default:
                Error = "Benutzername oder Passwort ist falsch.";
                return Page();
        }
    }
}
