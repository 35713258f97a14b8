using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.CheckIn;
using Termine.Booking.Localization;
using Termine.Booking.Scheduling;
using Termine.Bot.Api;

namespace Termine.Bot.SelfService.Pages;

/// <summary>
/// The page behind the QR code. Opening it changes nothing (mail clients and scanners open links on their own);
/// the button checks in. The button is offered only on the appointment's day; on any other day the page says so first.
/// A look-up by token, limited as the API's look-up by reference is: one resident needs a few a minute.
/// </summary>
[EnableRateLimiting(RateLimitingSetup.Lookups)]
public sealed class CheckInModel(CheckInService checkIn, ServiceCatalog catalog, OfficeClock clock) : ResidentPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    public CheckInResult? Result { get; private set; }

    public string? ServiceName { get; private set; }

    public string? When { get; private set; }

    /// <summary>Set when the appointment is on another day: the day, and that check-in is only possible then.</summary>
    public string? NotToday { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var appointment = await checkIn.FindAsync(Token, cancellationToken);
        ChooseLanguage(appointment?.Language);
        if (appointment is null)
        {
            Message = PageTexts.Texts["CheckIn.Unknown", Language];
            return;
        }

        if (appointment.Status == AppointmentStatus.Cancelled)
        {
            Message = PageTexts.Texts["CheckIn.Cancelled", Language];
            return;
        }

        ServiceName = catalog.Find(appointment.ServiceId)?.Name[Language];
        When = AppointmentTimes.DateAndTime(appointment.Start, Language);
        if (DateOnly.FromDateTime(clock.ToLocal(appointment.Start).DateTime) != clock.Today)
        {
            NotToday = PageTexts.Texts.Get(OtherDayKey(appointment.Start), Language, When);
        }
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        Result = await checkIn.CheckInAsync(Token, cancellationToken);
        var t = PageTexts.Texts;
        switch (Result)
        {
            case CheckInResult.CheckedIn done:
                ChooseLanguage(done.Appointment.Language);
                break;
            case CheckInResult.WrongDay wrong:
                ChooseLanguage(wrong.Appointment.Language);
                Message = t.Get(OtherDayKey(wrong.Appointment.Start), Language, AppointmentTimes.DateAndTime(wrong.Appointment.Start, Language));
                break;
            case CheckInResult.Cancelled cancelled:
                ChooseLanguage(cancelled.Appointment.Language);
                Message = t["CheckIn.Cancelled", Language];
                break;
            default:
                ChooseLanguage(null);
                Message = t["CheckIn.Unknown", Language];
                break;
        }
    }

    /// <summary>"Your appointment is on …" for a day ahead, "was on …" for a day gone.</summary>
    private string OtherDayKey(DateTimeOffset start) =>
        DateOnly.FromDateTime(clock.ToLocal(start).DateTime) > clock.Today ? "CheckIn.WrongDay" : "CheckIn.Past";
}
