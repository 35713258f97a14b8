using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Booking.Scheduling;
using Termine.Bot.Admin.ServicePoint;
using Termine.Bot.Admin.Waitlist;

namespace Termine.Bot.Admin.Pages.Statistics;

/// <summary>
/// Appointments per day, service, channel and language, the no-show rate, how far ahead each service is booked, and the
/// waiting list's and reconfirmation's figures.
/// </summary>
public sealed class StatisticsModel(ServicePointStatistics statistics, WaitlistStatistics waitlist, OfficeClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public StatisticsReport Report { get; private set; } = null!;

    public WaitlistReport Waitlist { get; private set; } = null!;

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var from = From ?? today.AddDays(-30);
        var to = To ?? today.AddDays(30);
        if (to < from || to.DayNumber - from.DayNumber >= ServicePointStatistics.MaxDays)
        {
            Error = $"Der Zeitraum muss vorwärts laufen und darf höchstens {ServicePointStatistics.MaxDays} Tage umfassen; gezeigt werden die letzten und nächsten 30 Tage.";
            (from, to) = (today.AddDays(-30), today.AddDays(30));
        }

        (From, To) = (from, to);
        Report = await statistics.ReportAsync(from, to, cancellationToken);
        Waitlist = await waitlist.ReportAsync(from, to, cancellationToken);
    }
}
