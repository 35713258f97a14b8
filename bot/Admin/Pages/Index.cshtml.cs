using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Booking.Scheduling;
using Termine.Bot.Admin.ActionLog;
using Termine.Bot.Admin.ServicePoint;

namespace Termine.Bot.Admin.Pages;

/// <summary>The service point's day (or week) per desk team, and the search over all dates.</summary>
public sealed class IndexModel(AppointmentDirectory directory, StaffActionLog log, OfficeClock clock) : PageModel
{
    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Week { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<AppointmentRow> Rows { get; private set; } = [];

    public IReadOnlyList<AppointmentRow>? Hits { get; private set; }

    public string? SearchProblem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = clock.Today;
        var date = Date ?? Today;
        From = Week ? date.AddDays(-(((int)date.DayOfWeek + 6) % 7)) : date;
        To = Week ? From.AddDays(6) : From;
        Rows = await directory.ListAsync(From, To.DayNumber - From.DayNumber + 1, cancellationToken);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            await SearchAsync(Query, cancellationToken);
        }
    }

    /// <summary>The link to the same view moved by whole days (a week in the week view).</summary>
    public string Link(DateOnly date) => Url.Page("/Admin/Pages/Index", new { date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), week = Week ? true : (bool?)null })!;

    public static string Day(DateOnly date) => date.ToString("dddd, d. MMMM yyyy", German);

    private async Task SearchAsync(string query, CancellationToken cancellationToken)
    {
        if (query.Trim().Length < AppointmentDirectory.MinSearchLength)
        {
            SearchProblem = $"Bitte geben Sie mindestens {AppointmentDirectory.MinSearchLength} Zeichen ein.";
            return;
        }

        Hits = await directory.SearchAsync(query, cancellationToken);
        // The term may be a name or an address: the log keeps only how many appointments were shown.
        await log.RecordAsync(User, "appointments.searched", null, $"{Hits.Count} Treffer", cancellationToken);
    }
}
