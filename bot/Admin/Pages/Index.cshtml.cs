using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Termine.Bot.Admin.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
