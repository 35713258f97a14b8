using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Termine.Bot.Admin.Pages;

public sealed class ForbiddenModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
