namespace Termine.Bot.Legal;

/// <summary>
/// A number of days from configuration said as the language says it ("30 дней" but "21 день", "30 يومًا" but
/// "5 أيام"): the text "Days" lists the forms in its plural format item (<see cref="Termine.Booking.Localization.Plural"/>).
/// </summary>
public static class DayCount
{
    public static string Text(int days, string language) => LegalTexts.Texts.Get("Days", language, days);
}
