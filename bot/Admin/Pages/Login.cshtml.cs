using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Bot.Admin.Access;
using Termine.Bot.Admin.ActionLog;

namespace Termine.Bot.Admin.Pages;

public sealed class LoginModel(StaffSignIn signIn, StaffSessions sessions, StaffActionLog log) : PageModel
{
    /// <summary>One answer for a wrong password, an unknown name, a locked name and a throttled address alike.</summary>
    public const string Refusal = "Anmeldung nicht möglich. Bitte prüfen Sie Name und Passwort oder versuchen Sie es in einigen Minuten erneut.";

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
            Error = Refusal;
            return Page();
        }

        if (await signIn.CheckAsync(UserName, Password, HttpContext.Connection.RemoteIpAddress, cancellationToken) is not StaffSignInResult.SignedIn(var user))
        {
            Error = Refusal;
            return Page();
        }

        var sessionId = await sessions.StartAsync(user.Id, cancellationToken);
        await HttpContext.SignInAsync(StaffClaims.Scheme, StaffClaims.Principal(user, sessionId));
        await log.RecordAsync(user.UserName, "staff.signed-in", subject: null, detail: null, cancellationToken);
        // Only a path of this site: a link from elsewhere must not send a fresh sign-in off to another host.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl.StartsWith("/admin", StringComparison.Ordinal) ? ReturnUrl : "/admin");
    }
}
