using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Termine.Booking.Notifications;
using Termine.Bot.SelfService.Pages;

namespace Termine.Bot.WebBooking.Pages;

/// <summary>
/// The confirmation after a web booking, behind the manage token the e-mail's link carries (a capability, no personal
/// data): what the e-mail says, its QR code and calendar file, and the way to cancel or move.
/// </summary>
[EnableRateLimiting(WebBookingRateLimits.Pages)]
public sealed class BookedModel(AppointmentConfirmations confirmations) : ResidentPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    public ConfirmationLookup Lookup { get; private set; } = new ConfirmationLookup.NotFound();

    /// <summary>The check-in QR code as a PNG data URL, the same code as in the e-mail.</summary>
    public string? QrDataUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Lookup = await confirmations.FindAsync(Token, cancellationToken);
        switch (Lookup)
        {
            case ConfirmationLookup.Found found:
                ChooseLanguage(found.Appointment.Language);
                if (found.Content.CheckInUrl is { } checkIn)
                {
                    QrDataUrl = "data:image/png;base64," + Convert.ToBase64String(QrCodeRenderer.Png(checkIn));
                }

                break;
            case ConfirmationLookup.Cancelled cancelled:
                ChooseLanguage(cancelled.Appointment.Language);
                break;
            default:
                ChooseLanguage(null);
                Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }

        return Page();
    }
}
