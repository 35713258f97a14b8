using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Booking.Scheduling;
using Termine.Booking.Settings;
using Termine.Bot.Admin.Access;
using Termine.Bot.Admin.ActionLog;

namespace Termine.Bot.Admin.Pages.Settings;

/// <summary>
/// Opening hours, desks per team and closing days. Each form saves the whole calendar with the version it was loaded
/// from; the slot search, the chat and the REST API use the change at once.
/// </summary>
public sealed class CalendarModel(CalendarEditor editor, StaffActionLog log) : PageModel
{
    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [BindProperty]
    public CalendarForm Input { get; set; } = new();

    [BindProperty]
    public long Version { get; set; }

    public SchedulingOptions Calendar { get; private set; } = new();

    public FieldErrors Errors { get; } = new();

    public string? Notice { get; private set; }

    public void OnGet(string? saved)
    {
        Load();
        Notice = saved is null ? null : "Gespeichert. Die Terminsuche verwendet die Änderung ab sofort.";
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Input.ApplyTo, "Öffnungszeiten und Schalter", "hours", cancellationToken);

    public Task<IActionResult> OnPostAddClosingDayAsync(DateOnly? date, string? reason, CancellationToken cancellationToken)
    {
        if (date is null || string.IsNullOrWhiteSpace(reason))
        {
            Load(keepInput: true);
            if (date is null)
            {
                Errors.Add("new-closing-date", "Datum: Bitte ein Datum angeben.");
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                Errors.Add("new-closing-reason", "Grund: Bitte einen Grund angeben.");
            }

            return Task.FromResult<IActionResult>(Page());
        }

        return SaveAsync(
            calendar => calendar.ClosingDays.Add(new ClosingDay { Date = date.Value, Reason = reason.Trim() }),
            "Schließtag", $"closing-day {date:yyyy-MM-dd}", cancellationToken);
    }

    public Task<IActionResult> OnPostRemoveClosingDayAsync(DateOnly date, CancellationToken cancellationToken) =>
        SaveAsync(calendar => calendar.ClosingDays.RemoveAll(d => d.Date == date), "Schließtag", $"closing-day {date:yyyy-MM-dd} removed", cancellationToken);

    private async Task<IActionResult> SaveAsync(
        Action<SchedulingOptions> change, string what, string subject, CancellationToken cancellationToken)
    {
        var (calendar, _) = editor.Current();
        change(calendar);
        var result = await editor.SaveAsync(calendar, Version, User.UserName(), cancellationToken);
        if (result is SettingsSaveResult.Saved)
        {
            await log.RecordAsync(User, "calendar.changed", subject, cancellationToken);
            return Redirect("/admin/settings/calendar?saved=" + Uri.EscapeDataString(what));
        }

        Load(keepInput: true);
        if (result is SettingsSaveResult.Invalid invalid)
        {
            Errors.AddAll(invalid.Problems, stripPrefix: null, Label);
        }
        else
        {
            Errors.Add("version", "Inzwischen hat jemand anderes den Kalender geändert. Nichts wurde gespeichert: "
                + "Bitte laden Sie die Seite neu und tragen Sie Ihre Änderung dann noch einmal ein.");
        }

        return Page();
    }

    private void Load(bool keepInput = false)
    {
        var (calendar, version) = editor.Current();
        Calendar = calendar;
        if (!keepInput)
        {
            Input = CalendarForm.From(calendar);
            Version = version;
        }
        else if (Input.Days.Count == 0)
        {
            Input = CalendarForm.From(calendar);
        }
    }

    public static string Label(string path) => path.Split('.') switch
    {
        ["OpeningHours", var day] => $"Öffnungszeiten {German.DateTimeFormat.GetDayName(Enum.Parse<DayOfWeek>(day))}",
        ["OpeningHours"] => "Öffnungszeiten",
        ["Desks", var team] => $"Schalter im Team „{team}“",
        ["Desks"] => "Schalter",
        [var closing] when closing.StartsWith("ClosingDays", StringComparison.Ordinal) => "Schließtag",
        _ => path,
    };
}
