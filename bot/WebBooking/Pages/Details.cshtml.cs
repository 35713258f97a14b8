using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Termine.Booking;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Notifications;
using Termine.Booking.Scheduling;
using Termine.Bot.SelfService.Pages;

namespace Termine.Bot.WebBooking.Pages;

/// <summary>
/// The resident's details for a held time, then a summary, then booking. Nothing is kept on the server between the
/// steps: the hold travels in the sealed ticket of the address, what was typed in a sealed hidden field.
/// </summary>
[EnableRateLimiting(WebBookingRateLimits.Pages)]
public sealed class DetailsModel(
    HoldTickets tickets,
    DetailsSeal seal,
    DetailsCheck check,
    BookingService bookings,
    AppointmentConfirmations confirmations,
    ServiceCatalog catalog,
    SlotFinder slots,
    OfficeClock clock) : ResidentPageModel
{
    private const int NextTimesShown = 6;
    private const int NextTimesDays = 42;

    public enum Step
    {
        Form,
        Summary,
        BadTicket,
        Taken,
        LimitReached,
    }

    [BindProperty(SupportsGet = true)]
    public string ServiceId { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Ticket { get; set; } = "";

    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? BirthDay { get; set; }

    [BindProperty]
    public string? BirthMonth { get; set; }

    [BindProperty]
    public string? BirthYear { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public List<CompanionInput> Companions { get; set; } = [];

    /// <summary>The sealed details on the summary page (<see cref="DetailsSeal"/>).</summary>
    [BindProperty]
    public string? Data { get; set; }

    /// <summary>The language a language button of the form asks for.</summary>
    [BindProperty]
    public string? SwitchTo { get; set; }

    /// <summary>Which page a language button was pressed on: "summary" or the form.</summary>
    [BindProperty]
    public string? From { get; set; }

    public Step Shown { get; private set; } = Step.Form;

    public HoldTicket? Hold { get; private set; }

    public IReadOnlyList<FormError> Errors { get; private set; } = [];

    public PersonalData? Person { get; private set; }

    public IReadOnlyList<Slot> NextTimes { get; private set; } = [];

    public string ServiceName => catalog.Find(ServiceId)?.Name[Language] ?? "";

    public DateTimeOffset Now => clock.UtcNow;

    public DateTimeOffset Local(DateTimeOffset instant) => clock.ToLocal(instant);

    public FormError? ErrorOf(string field) => Errors.FirstOrDefault(e => e.Field == field);

    public IActionResult OnGet()
    {
        ChooseLanguage(null);
        if (!OpenTicket())
        {
            return BadTicket();
        }

        Fill(new DetailsInput());
        return Page();
    }

    public IActionResult OnPostReview()
    {
        ChooseLanguage(null);
        if (!OpenTicket())
        {
            return BadTicket();
        }

        return Review(Input());
    }

    public IActionResult OnPostChange()
    {
        ChooseLanguage(null);
        if (!OpenTicket())
        {
            return BadTicket();
        }

        Fill(seal.TryOpen(Hold!.HoldId, Data, out var input) ? input : new DetailsInput());
        return Page();
    }

    /// <summary>A language button: the same step again in the other language, with everything typed kept.</summary>
    public IActionResult OnPostLanguage()
    {
        if (Languages.TryNormalize(SwitchTo, out var chosen))
        {
            Lang = chosen;
        }

        ChooseLanguage(null);
        if (!OpenTicket())
        {
            return BadTicket();
        }

        if (From == "summary" && seal.TryOpen(Hold!.HoldId, Data, out var sealedInput))
        {
            return Review(sealedInput);
        }

        Fill(Input());
        return Page();
    }

    public async Task<IActionResult> OnPostBookAsync(CancellationToken cancellationToken)
    {
        ChooseLanguage(null);
        if (!OpenTicket() || !seal.TryOpen(Hold!.HoldId, Data, out var input))
        {
            return BadTicket();
        }

        Fill(input);
        var outcome = check.Check(input, Hold.Persons, Language);
        if (outcome is DetailsCheck.Outcome.Invalid invalid)
        {
            Errors = invalid.Errors;
            return Page();
        }

        var person = ((DetailsCheck.Outcome.Valid)outcome).Person;
        var result = await bookings.ConfirmAsync(Hold.HoldId, person, BookingChannels.Web, cancellationToken);
        // A second submission (a double click, a reload) finds the hold booked already; in a race it may also lose
        // with "taken". Either way the booking made with exactly these values is shown again.
        if (result is not BookingResult.Booked
            && await confirmations.FindResubmittedAsync(Hold.HoldId, person, cancellationToken) is { } again)
        {
            result = again;
        }

        switch (result)
        {
            case BookingResult.Booked { Tokens: { } tokens }:
                // 303: the browser asks for the confirmation with GET, so a reload there never posts the form again.
                Response.Headers.Location = $"/termin/booked/{tokens.Manage}?lang={Language}";
                return StatusCode(StatusCodes.Status303SeeOther);
            case BookingResult.LimitReached:
                Shown = Step.LimitReached;
                return Page();
            case BookingResult.Invalid:
                Errors = [new("FullName", "FullName", WebBookingTexts.Texts["Error.Companions.count", Language])];
                return Page();
            default:
                // What was typed goes along with the next times, so choosing one leads back to the summary.
                Data = seal.Seal(Hold.HoldId, input);
                return await TakenAsync(cancellationToken);
        }
    }

    /// <summary>
    /// A new time held from the "taken" page: the service page answered with 307, so the browser posts the same form
    /// here, with the previous ticket and the details sealed for that hold. They are checked again for the new hold.
    /// </summary>
    public IActionResult OnPostCarried([FromForm] string? previous)
    {
        ChooseLanguage(null);
        if (!OpenTicket())
        {
            return BadTicket();
        }

        if (tickets.TryOpen(previous, out var earlier) && earlier.ServiceId == ServiceId && earlier.Persons == Hold!.Persons
            && seal.TryOpen(earlier.HoldId, Data, out var carried))
        {
            return Review(carried);
        }

        Fill(new DetailsInput());
        return Page();
    }

    private IActionResult Review(DetailsInput input)
    {
        Fill(input);
        switch (check.Check(input, Hold!.Persons, Language))
        {
            case DetailsCheck.Outcome.Valid valid:
                Person = valid.Person;
                Data = seal.Seal(Hold.HoldId, input);
                Shown = Step.Summary;
                break;
            case DetailsCheck.Outcome.Invalid invalid:
                Errors = invalid.Errors;
                break;
        }

        return Page();
    }

    private async Task<IActionResult> TakenAsync(CancellationToken cancellationToken)
    {
        Shown = Step.Taken;
        NextTimes = await slots.FindAsync(new SlotQuery(ServiceId, clock.Today, clock.Today.AddDays(NextTimesDays), Hold!.Persons,
            Limit: NextTimesShown), cancellationToken) ?? [];
        return Page();
    }

    private bool OpenTicket()
    {
        if (!tickets.TryOpen(Ticket, out var hold) || hold.ServiceId != ServiceId || catalog.Find(ServiceId) is null)
        {
            return false;
        }

        Hold = hold;
        return true;
    }

    private PageResult BadTicket()
    {
        Shown = Step.BadTicket;
        Hold = null;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private DetailsInput Input() => new()
    {
        FullName = FullName, BirthDay = BirthDay, BirthMonth = BirthMonth, BirthYear = BirthYear, Email = Email, Phone = Phone,
        Companions = Companions,
    };

    /// <summary>Shows the values in the form, one companion row for each person beyond the first.</summary>
    private void Fill(DetailsInput input)
    {
        (FullName, BirthDay, BirthMonth, BirthYear, Email, Phone) =
            (input.FullName, input.BirthDay, input.BirthMonth, input.BirthYear, input.Email, input.Phone);
        Companions = Enumerable.Range(0, Math.Max(0, Hold!.Persons - 1))
            .Select(i => i < input.Companions.Count ? input.Companions[i] : new CompanionInput()).ToList();
    }
}

/// <summary>A date of birth's three inputs in their fieldset; <see cref="Prefix"/> is "" or "Companions_0__".</summary>
public sealed record DateGroup(
    string Prefix, string NamePrefix, string Legend, string? Day, string? Month, string? Year, FormError? Error, bool Own, string Language);
