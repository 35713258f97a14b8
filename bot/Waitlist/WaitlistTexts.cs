using System.Resources;
using Termine.Booking.Localization;

namespace Termine.Bot.Waitlist;

/// <summary>The texts of the waiting list's pages for residents (the offer, leaving the list), in the seven languages.</summary>
public static class WaitlistTexts
{
    public static readonly ResourceTexts Texts =
        new(new ResourceManager("Termine.Bot.Waitlist.Resources.WaitlistTexts", typeof(WaitlistTexts).Assembly));
}
