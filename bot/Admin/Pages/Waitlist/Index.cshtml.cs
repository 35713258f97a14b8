using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Booking.Catalog;
using Termine.Bot.Admin.Waitlist;

namespace Termine.Bot.Admin.Pages.Waitlist;

/// <summary>
/// The services with how many residents wait for each and how many the sweep took off the list lately, linking to each
/// service's list.
/// </summary>
public sealed class WaitingListIndexModel(ServiceCatalog catalog, WaitlistDirectory directory) : PageModel
{
    /// <summary>How far back the entries the sweep closed are counted.</summary>
    public const int ClosedWithinDays = 30;

    public IReadOnlyList<ServiceDefinition> Services => catalog.Services;

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, int> ClosedCounts { get; private set; } = new Dictionary<string, int>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = await directory.CountsAsync(cancellationToken);
        ClosedCounts = await directory.ClosedCountsAsync(ClosedWithinDays, cancellationToken);
    }
}
