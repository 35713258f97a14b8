using System.Resources;
using Termine.Booking.Localization;

namespace Termine.Bot.Legal;

/// <summary>The texts of the imprint, the privacy notice and the accessibility statement, in the seven languages.</summary>
public static class LegalTexts
{
    public static readonly ResourceTexts Texts =
        new(new ResourceManager("Termine.Bot.Legal.Resources.LegalTexts", typeof(LegalTexts).Assembly));
}
