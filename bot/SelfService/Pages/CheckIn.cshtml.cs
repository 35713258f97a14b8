using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Termine.Booking.Catalog;
using Termine.Booking.CheckIn;
using Termine.Booking.Notifications;
using Termine.Bot.Api;

namespace Termine.Bot.SelfService.Pages;

/// <summary>
/// The page behind the QR code. Opening it changes nothing (mail clients and scanners open links on their own);
/// the button checks in.
/// A look-up by token, limited as the API's look-up by reference is: one resident needs a few a minute.
/// </summary>
[EnableRateLimiting(RateLimitingSetup.Lookups)]
public sealed class CheckInModel(CheckInService checkIn, ServiceCatalog catalog) : ResidentPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    public CheckInResult? Result { get; private set; }

    public string? Summary { get; private set; }

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

        Summary = $"{catalog.Find(appointment.ServiceId)?.Name[Language]} – {AppointmentEmailComposer.Texts.DateAndTime(appointment.Start, Language)}";
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
                Message = t.Get("CheckIn.WrongDay", Language, AppointmentEmailComposer.Texts.DateAndTime(wrong.Appointment.Start, Language));
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
}
