using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Bot.Admin.Access;

namespace Termine.Bot.Admin.Pages;

/// <summary>Only a POST signs out (with its anti-forgery token), so a link on another site cannot.</summary>
public sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/admin");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(StaffClaims.Scheme);
        return LocalRedirect("/admin/login");
    }
}
