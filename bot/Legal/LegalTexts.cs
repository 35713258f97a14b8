using System.Resources;
using Termine.Booking.Localization;

namespace Termine.Bot.Legal;

/// <summary>The texts of the imprint, the privacy notice and the accessibility statement, in the seven languages.</summary>
public static class LegalTexts
{
    public static readonly ResourceTexts Texts =
        new(new ResourceManager("Termine.Bot.Legal.Resources.LegalTexts", typeof(LegalTexts).Assembly));

    /// <summary>A date such as the statement's, without a weekday ("7. Dezember 2026"), unlike an appointment's day.</summary>
    public static string Date(DateOnly day, string language) =>
        day.ToString(Texts["DateFormat", language], LanguageCultures.Formatting(language));
}
