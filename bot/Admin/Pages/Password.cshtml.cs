using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Bot.Admin.Access;
using Termine.Bot.Admin.ActionLog;

namespace Termine.Bot.Admin.Pages;

/// <summary>Every staff member changes their own password here (the first administrator's first of all).</summary>
public sealed class PasswordModel(StaffAccounts accounts, StaffSignIn signIn, StaffActionLog log) : PageModel
{
    [BindProperty]
    public string Current { get; set; } = "";

    [BindProperty]
    public string New { get; set; } = "";

    [BindProperty]
    public string Repeat { get; set; } = "";

    public string? Error { get; private set; }

    public bool Changed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (New != Repeat)
        {
            Error = "Die beiden neuen Passwörter stimmen nicht überein.";
            return Page();
        }

        // The current password again, so a desk left signed in cannot have its password taken over; counted and
        // throttled like a login, so the desk cannot be used to guess it either.
        if (await signIn.CheckAsync(User.UserName(), Current, HttpContext.Connection.RemoteIpAddress, cancellationToken) is not StaffSignInResult.SignedIn(var user))
        {
            Error = "Das bisherige Passwort ist falsch.";
            return Page();
        }

        var (problem, ended) = await accounts.ChangePasswordAsync(user.Id, New, cancellationToken);
        if (problem is not null)
        {
            Error = problem;
            return Page();
        }

        await log.RecordAsync(User, "staff.password-changed", subject: user.UserName, cancellationToken);
        await log.RecordAsync(User, "staff.signed-out-forced", user.UserName, $"{ended} Anmeldung(en) beendet: Passwort geändert", cancellationToken);
        await HttpContext.SignOutAsync(StaffClaims.Scheme);
        Changed = true;
        return Page();
    }
}
