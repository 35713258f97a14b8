using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Booking.Catalog;

namespace Termine.Bot.Admin.Pages.Settings;

public sealed class ServicesModel(ServiceCatalog catalog) : PageModel
{
    public IReadOnlyList<ServiceDefinition> Services => catalog.Services;

    /// <summary>After a removal, which leaves no service page to return to.</summary>
    public string? Notice { get; private set; }

    public void OnGet(string? removed) =>
        Notice = removed is null ? null : $"Der Dienst „{removed}“ ist entfernt und wird nicht mehr angeboten.";
}
