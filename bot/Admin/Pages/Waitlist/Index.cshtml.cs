using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Booking.Catalog;
using Termine.Bot.Admin.Waitlist;

namespace Termine.Bot.Admin.Pages.Waitlist;

/// <summary>The services with how many residents wait for each, linking to each service's list.</summary>
public sealed class WaitingListIndexModel(ServiceCatalog catalog, WaitlistDirectory directory) : PageModel
{
    public IReadOnlyList<ServiceDefinition> Services => catalog.Services;

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Counts = await directory.CountsAsync(cancellationToken);
}
