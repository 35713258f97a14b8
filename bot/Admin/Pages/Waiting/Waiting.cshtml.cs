using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Scheduling;
using Termine.Booking.WaitingArea;
using Termine.Bot.Admin.ActionLog;

namespace Termine.Bot.Admin.Pages.Waiting;

/// <summary>
/// Today's waiting area for staff: who has arrived, who was called where; call the next number (or a given one, or
/// again), and end the visit as done or as not there. The desk is remembered per browser in a cookie.
/// </summary>
public sealed class WaitingModel(WaitingList waiting, ServiceCatalog catalog, OfficeClock clock, StaffActionLog log) : PageModel
{
    public const string DeskCookie = "Termine-Desk";

    private const string NotWaiting = "Diese Person ist nicht mehr im Wartebereich (schon erledigt oder nicht erschienen).";

    private static readonly Dictionary<string, string> LanguageNames = new()
    {
        ["de"] = "Deutsch", ["en"] = "Englisch", ["fr"] = "Französisch", ["tr"] = "Türkisch", ["ar"] = "Arabisch", ["ru"] = "Russisch", ["uk"] = "Ukrainisch",
    };

    [BindProperty]
    public string? Desk { get; set; }

    [BindProperty]
    public Guid Id { get; set; }

    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? Problem { get; set; }

    public IReadOnlyList<WaitingEntry> Waiting { get; private set; } = [];

    public IReadOnlyList<WaitingEntry> Called { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Desk ??= Request.Cookies[DeskCookie];
        var today = await waiting.TodayAsync(cancellationToken);
        Waiting = today.Where(e => e.Status == AppointmentStatus.Arrived).ToList();
        Called = today.Where(e => e.Status == AppointmentStatus.Called).OrderByDescending(e => e.CalledAt).ToList();
    }

    /// <summary>What the page's script polls: only when this changes does it fetch the list again.</summary>
    public async Task<JsonResult> OnGetStateAsync(CancellationToken cancellationToken)
    {
        var today = await waiting.TodayAsync(cancellationToken);
        return new JsonResult(new
        {
            version = string.Join(';', today.Select(e => $"{e.Id:N}:{e.Status}:{e.CalledAt?.UtcTicks}:{e.CalledDesk}")),
            waiting = today.Where(e => e.Status == AppointmentStatus.Arrived).Select(e => e.WaitingNumber),
            called = today.Where(e => e.Status == AppointmentStatus.Called).Select(e => e.WaitingNumber),
        });
    }

    public async Task<IActionResult> OnPostCallNextAsync(CancellationToken cancellationToken) =>
        await AfterCallAsync(await waiting.CallNextAsync(Desk, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostCallAsync(CancellationToken cancellationToken) =>
        await AfterCallAsync(await waiting.CallAsync(Id, Desk, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostDoneAsync(CancellationToken cancellationToken) =>
        await AfterFinishAsync(await waiting.DoneAsync(Id, cancellationToken), "waiting.done", "erledigt", cancellationToken);

    public async Task<IActionResult> OnPostNoShowAsync(CancellationToken cancellationToken) =>
        await AfterFinishAsync(await waiting.NoShowAsync(Id, cancellationToken), "waiting.no-show", "als nicht erschienen vermerkt", cancellationToken);

    public string ServiceName(string serviceId) => catalog.Find(serviceId)?.Name["de"] ?? serviceId;

    public string Time(DateTimeOffset? instant) => instant is { } i ? clock.ToLocal(i).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";

    public static string LanguageName(string code) => LanguageNames.GetValueOrDefault(code, code);

    private async Task<IActionResult> AfterCallAsync(CallResult result, CancellationToken cancellationToken)
    {
        switch (result)
        {
            case CallResult.Called called:
                RememberDesk(called.Entry.CalledDesk!);
                await log.RecordAsync(User, "waiting.called", called.Entry.Reference, called.Entry.CalledDesk, cancellationToken);
                Notice = $"Nummer {called.Entry.WaitingNumber} wurde zu „{called.Entry.CalledDesk}“ aufgerufen.";
                break;
            case CallResult.InvalidDesk invalid:
                Problem = invalid.Problem;
                break;
            case CallResult.NobodyWaiting:
                Notice = "Zurzeit wartet niemand auf einen Aufruf.";
                break;
            default:
                Problem = NotWaiting;
                break;
        }

        return RedirectToPage();
    }

    private async Task<IActionResult> AfterFinishAsync(FinishResult result, string action, string what, CancellationToken cancellationToken)
    {
        if (result is not FinishResult.Finished { Entry: var finished })
        {
            Problem = NotWaiting;
            return RedirectToPage();
        }

        await log.RecordAsync(User, action, finished.Reference, cancellationToken);
        Notice = $"Nummer {finished.WaitingNumber} ({finished.Reference}) wurde {what}.";
        return RedirectToPage();
    }

    /// <summary>Per browser: each counter keeps its own desk; not personal data, so it may stay a year.</summary>
    private void RememberDesk(string desk) =>
        Response.Cookies.Append(DeskCookie, desk, new CookieOptions
        {
            Path = "/admin", Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true, MaxAge = TimeSpan.FromDays(365),
        });
}
