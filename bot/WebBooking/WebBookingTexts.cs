using System.Resources;
using Termine.Booking.Localization;

namespace Termine.Bot.WebBooking;

/// <summary>The texts of the web booking pages under <c>/termin</c>, in the seven languages.</summary>
public static class WebBookingTexts
{
    public static readonly ResourceTexts Texts =
        new(new ResourceManager("Termine.Bot.WebBooking.Resources.WebBookingTexts", typeof(WebBookingTexts).Assembly));
}
