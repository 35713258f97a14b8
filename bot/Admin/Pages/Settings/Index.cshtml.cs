using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Booking.Catalog;

namespace Termine.Bot.Admin.Pages.Settings;

public sealed class SettingsIndexModel(ServiceCatalog catalog) : PageModel
{
    public int ServiceCount => catalog.Services.Count;

    public void OnGet()
    {
    }
}
