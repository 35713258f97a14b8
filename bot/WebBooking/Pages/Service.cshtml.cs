using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Localization;
using Termine.Booking.Scheduling;
using Termine.Bot.Dialogs.Booking.Offers;
using Termine.Bot.Hosting;
using Termine.Bot.SelfService.Pages;

namespace Termine.Bot.WebBooking.Pages;

/// <summary>
/// One service: what it is for, what to bring, how long it takes; then the free times of one week, the nearest free
/// time first, each day's reason when it has none; a time's button holds it and leads to the details form.
/// </summary>
[EnableRateLimiting(WebBookingRateLimits.Pages)]
public sealed class ServiceModel(
    ServiceCatalog catalog,
    SlotFinder finder,
    SlotGrid grid,
    OfficeClock clock,
    BookingService booking,
    HoldTickets tickets,
    IOptions<BookingOptions> bookingOptions) : ResidentPageModel
{
    public const string StartFormat = "yyyy-MM-dd'T'HH:mm:sszzz";

    /// <summary>How many free times the "just taken" message offers instead.</summary>
    private const int AlternativesShown = 6;

    /// <summary>The same boundary as the chat's "morning" and "afternoon" (<c>Dialogs/Booking/Offers/DayPart</c>).</summary>
    private static readonly TimeOnly Noon = new(12, 0);

    private static readonly string[] WeekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday"];

    [BindProperty(SupportsGet = true)]
    public string ServiceId { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public int? Persons { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Week { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Part { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Weekday { get; set; }

    /// <summary>
    /// The ticket of a time this browser holds already, when the resident came back from the details form to choose
    /// another: a new hold releases it at once, so going back and forth never locks the resident out by the
    /// per-client hold limit nor keeps a time from others for the rest of the hold.
    /// </summary>
    [BindProperty(SupportsGet = true)]
    public string? Previous { get; set; }

    public ServiceDefinition Service { get; private set; } = null!;

    public int MaxPersons => bookingOptions.Value.MaxPersons;

    public int ChosenPersons { get; private set; } = 1;

    public bool PersonsInvalid { get; private set; }

    public string? ChosenPart { get; private set; }

    public DayOfWeek? ChosenWeekday { get; private set; }

    public IReadOnlyList<string> Weekdays => WeekdayNames;

    public DateOnly Monday { get; private set; }

    public DateOnly? PreviousMonday { get; private set; }

    public DateOnly? NextMonday { get; private set; }

    public Slot? Nearest { get; private set; }

    public IReadOnlyList<WeekDay> Days { get; private set; } = [];

    /// <summary>What the hold answered, when it was not a hold: shown above the week.</summary>
    public HoldProblem? Problem { get; private set; }

    /// <summary>After "just taken": the next free times of the service.</summary>
    public IReadOnlyList<Slot> Alternatives { get; private set; } = [];

    /// <summary>A sealed ticket this page carries in its forms (see <see cref="Previous"/>), only when it opens.</summary>
    public string? PreviousTicket { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ChooseLanguage(null);
        if (catalog.Find(ServiceId) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        if (!ReadFilter())
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await LoadAsync(ParseWeek(Week), cancellationToken);
        return Page();
    }

    /// <param name="data">The details a resident had typed before their time was taken (sealed for the previous hold).</param>
    public async Task<IActionResult> OnPostHoldAsync([FromForm] string? start, [FromForm] string? data, CancellationToken cancellationToken)
    {
        ChooseLanguage(null);
        if (catalog.Find(ServiceId) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        var persons = Persons ?? 1;
        DateTimeOffset? chosen = DateTimeOffset.TryParseExact(start, StartFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed : null;
        var result = await booking.HoldAsync(ServiceId, chosen, persons, ClientKeys.For(HttpContext), cancellationToken);
        if (result is HoldResult.Held held)
        {
            await ReleasePreviousAsync(held.HoldId, cancellationToken);
            var ticket = tickets.Seal(new HoldTicket(held.HoldId, ServiceId, persons, held.Start, held.End, held.ExpiresAt));
            var details = $"/termin/{Uri.EscapeDataString(ServiceId)}/details/{ticket}";
            // With details from the "taken" page, 307 makes the browser post them on to the details page (never in an
            // address); otherwise 303 opens the empty form with GET.
            var carry = !string.IsNullOrEmpty(data);
            Response.Headers.Location = carry ? $"{details}?handler=Carried&lang={Language}" : $"{details}?lang={Language}";
            return StatusCode(carry ? StatusCodes.Status307TemporaryRedirect : StatusCodes.Status303SeeOther);
        }

        var filterValid = ReadFilter();
        var around = chosen is { } c ? DateOnly.FromDateTime(clock.ToLocal(c).DateTime) : (DateOnly?)null;
        switch (result)
        {
            case HoldResult.SlotTaken:
                Problem = HoldProblem.Taken;
                Alternatives = await FindAsync(around ?? clock.Today, grid.Horizon(service), AlternativesShown, cancellationToken);
                break;
            case HoldResult.LimitReached:
                Problem = HoldProblem.Limit;
                break;
            default:
                Problem = HoldProblem.Invalid;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
        }

        if (filterValid)
        {
            await LoadAsync(around is { } day ? MondayOf(day) : null, cancellationToken);
        }

        return Page();
    }

    /// <summary>Why a day of the week view has no free time, in the resident's language.</summary>
    public string Reason(WeekDay day)
    {
        var t = WebBookingTexts.Texts;
        return day.Status switch
        {
            DayStatus.Past => t["Day.Past", Language],
            DayStatus.Holiday holiday => t.Get(holiday.Kind.IsCustomary() ? "Day.CustomaryDay" : "Day.Holiday", Language,
                SlotOfferText.HolidayName(holiday.Kind, Language)),
            DayStatus.ClosingDay => t["Day.ClosingDay", Language],
            DayStatus.ClosedWeekday => t["Day.ClosedWeekday", Language],
            DayStatus.BeyondHorizon beyond => t.Get("Day.BeyondHorizon", Language, ShortDate(beyond.LastDay)),
            DayStatus.ClosedPartOfDay => t["Day.ClosedPartOfDay", Language],
            DayStatus.TooSoon soon => t.Get("Day.TooSoon", Language, (int)soon.Notice.TotalHours),
            _ => t["Day.FullyBooked", Language],
        };
    }

    /// <summary>"Montag, 30. November 2026", as the e-mails and the other residents' pages write a day; a heading starts with a capital.</summary>
    public string LongDate(DateOnly day) =>
        Capitalised(AppointmentTimes.Date(day, Language));

    public string ShortDate(DateOnly day) =>
        day.ToString(WebBookingTexts.Texts["DateFormat", Language], LanguageCultures.Formatting(Language));

    public string DateAndTime(Slot slot) => Capitalised(AppointmentTimes.DateAndTime(slot.Start, Language));

    /// <summary>A weekday's name as a choice in the filter, starting with a capital in every language.</summary>
    public string WeekdayName(int index) =>
        Capitalised(LanguageCultures.Formatting(Language).DateTimeFormat.GetDayName((DayOfWeek)(index + 1)));

    /// <summary>French, Russian and Ukrainian write weekdays in lower case, but not at the start of a line.</summary>
    private string Capitalised(string text) =>
        text.Length == 0 ? text : LanguageCultures.Formatting(Language).TextInfo.ToUpper(text[0]) + text[1..];

    /// <summary>An address on this page with the filter kept and one value changed.</summary>
    public string Link(DateOnly? week = null)
    {
        var query = new List<string> { $"lang={Language}" };
        if (ChosenPersons != 1)
        {
            query.Add($"persons={ChosenPersons.ToString(CultureInfo.InvariantCulture)}");
        }

        if (week is { } monday)
        {
            query.Add($"week={monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        if (ChosenPart is not null)
        {
            query.Add($"part={ChosenPart}");
        }

        if (ChosenWeekday is { } day)
        {
            query.Add($"weekday={WeekdayNames[(int)day - 1]}");
        }

        if (PreviousTicket is not null)
        {
            query.Add($"previous={PreviousTicket}");
        }

        return $"/termin/{Uri.EscapeDataString(Service.Id)}?{string.Join("&", query)}";
    }

    /// <summary>Reads persons, part of the day and weekday; false when the number of persons is out of range.</summary>
    private bool ReadFilter()
    {
        ChosenPart = Part is "morning" or "afternoon" ? Part : null;
        var weekday = Array.IndexOf(WeekdayNames, Weekday?.ToLowerInvariant());
        ChosenWeekday = weekday < 0 ? null : (DayOfWeek)(weekday + 1);
        PreviousTicket = tickets.TryOpen(Previous, out var previous) && previous.ServiceId == ServiceId ? Previous : null;
        if (Persons is { } persons && (persons < 1 || persons > MaxPersons))
        {
            PersonsInvalid = true;
            return false;
        }

        ChosenPersons = Persons ?? 1;
        return true;
    }

    private async Task ReleasePreviousAsync(Guid newHold, CancellationToken cancellationToken)
    {
        if (tickets.TryOpen(Previous, out var previous) && previous.HoldId != newHold)
        {
            await booking.ReleaseHoldAsync(previous.HoldId, cancellationToken);
        }
    }

    private async Task LoadAsync(DateOnly? week, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var horizon = grid.Horizon(Service);
        var nearest = await FindAsync(today, horizon, 1, cancellationToken);
        Nearest = nearest.Count > 0 ? nearest[0] : null;

        var first = MondayOf(today);
        var last = MondayOf(horizon);
        var monday = week ?? (Nearest is { } slot ? MondayOf(DateOnly.FromDateTime(slot.Start.DateTime)) : first);
        Monday = monday < first ? first : monday > last ? last : monday;
        PreviousMonday = Monday > first ? Monday.AddDays(-7) : null;
        NextMonday = Monday < last ? Monday.AddDays(7) : null;

        var free = (await FindAsync(Monday, Monday.AddDays(6), int.MaxValue, cancellationToken))
            .ToLookup(s => DateOnly.FromDateTime(s.Start.DateTime));
        var (notBefore, startBefore) = Window;
        Days = Enumerable.Range(0, 7).Select(Monday.AddDays)
            .Where(day => ChosenWeekday is not { } only || day.DayOfWeek == only)
            .Select(day => new WeekDay(day, [.. free[day]], grid.StatusOn(day, Service, ChosenPersons, notBefore, startBefore)))
            .ToList();
    }

    private async Task<IReadOnlyList<Slot>> FindAsync(DateOnly from, DateOnly to, int limit, CancellationToken cancellationToken)
    {
        var (notBefore, startBefore) = Window;
        IReadOnlySet<DayOfWeek>? weekdays = ChosenWeekday is { } day ? new HashSet<DayOfWeek> { day } : null;
        return await finder.FindAsync(
            new SlotQuery(Service.Id, from, to, ChosenPersons, weekdays, notBefore, startBefore, limit), cancellationToken) ?? [];
    }

    private (TimeOnly? NotBefore, TimeOnly? StartBefore) Window => ChosenPart switch
    {
        "morning" => (null, Noon),
        "afternoon" => (Noon, null),
        _ => (null, null),
    };

    /// <summary>The Monday of the asked week; any day of a week stands for its Monday, a malformed one for none.</summary>
    private static DateOnly? ParseWeek(string? week) =>
        DateOnly.TryParseExact(week, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? MondayOf(day) : null;

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>One day of the week view: its free times, and the calendar's word on it when it has none.</summary>
    public sealed record WeekDay(DateOnly Date, IReadOnlyList<Slot> Times, DayStatus Status);

    public enum HoldProblem
    {
        Taken,
        Limit,
        Invalid,
    }
}
