using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Termine.Booking.Scheduling;
using Termine.Booking.WaitingArea;

namespace Termine.Bot.WaitingArea.Pages;

/// <summary>
/// The waiting room's screen: the newest call large, the ones before it below. Numbers and desks only, never a name;
/// the script keeps it current from /api/waiting-area/display.
/// </summary>
public sealed class DisplayModel(WaitingList waiting, OfficeClock clock, IOptions<WaitingAreaOptions> options) : PageModel
{
    public IReadOnlyList<WaitingAreaEndpoints.DisplayCallAnswer> Calls { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var calls = await waiting.DisplayAsync(options.Value.DisplayCalls, cancellationToken);
        Calls = calls.Select(c => WaitingAreaEndpoints.ToAnswer(c, clock)).ToList();
    }
}
