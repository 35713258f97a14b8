using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Termine.Booking.Catalog;
using Termine.Booking.Scheduling;

namespace Termine.Bot.SelfService.Pages;

/// <summary>
/// The demo county page at "/": how the county's own appointment page looks with the web chat embedded. German, like
/// the county's website; the services and opening hours come from the same catalog and settings the bot uses.
/// </summary>
public sealed class IndexModel(ServiceCatalog catalog, IOptions<SchedulingOptions> scheduling) : PageModel
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The seven languages of the chat, each in its own name.</summary>
    public static IReadOnlyList<(string Code, string Name)> Languages => ResidentPageModel.LanguageNames;

    public IReadOnlyList<(string Name, int Minutes)> Services { get; private set; } = [];

    /// <summary>The days the office opens, each with its hours ("8:00–12:00 und 13:00–15:30 Uhr").</summary>
    public IReadOnlyList<(string Day, string Hours)> OpeningHours { get; private set; } = [];

    public void OnGet()
    {
        Services = catalog.Services.Select(s => (s.Name["de"], s.DurationMinutes)).ToList();
        var hours = scheduling.Value.OpeningHours;
        OpeningHours = Week
            .Where(day => hours.TryGetValue(day, out var intervals) && intervals.Count > 0)
            .Select(day => (German.DateTimeFormat.GetDayName(day), string.Join(" und ", hours[day].Select(Span)) + " Uhr"))
            .ToList();
    }

    private static string Span(OpeningInterval interval) =>
        $"{interval.From.ToString("H:mm", German)}–{interval.To.ToString("H:mm", German)}";
}
