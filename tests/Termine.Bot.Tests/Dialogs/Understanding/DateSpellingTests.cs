using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Tests.Dialogs.Understanding;

/// <summary>Weekday and month names typed with a slip are put right from each language's calendar; other words stay.</summary>
public sealed class DateSpellingTests
{
    [Theory]
    [InlineData("de", "am Dienstg vormittags", "dienstag")]
    [InlineData("de", "lieber im Dezmber", "dezember")]
    [InlineData("en", "fryday", "friday")]
    [InlineData("en", "next wendesday please", "wednesday")]
    [InlineData("fr", "mercedi matin", "mercredi")]
    [InlineData("fr", "le 3 décmbre", "decembre")]
    [InlineData("tr", "perşembee öğleden sonra", "persembe")]
    [InlineData("ru", "пятнеца", "пятница")]
    [InlineData("ru", "в четверкг", "четверг")]
    [InlineData("uk", "у четверг", "четвер")]
    [InlineData("uk", "в понеділк", "понеділок")]
    [InlineData("ar", "يوم الاربعا", "الاربعاء")]
    public void Correct_PutsASlipRight(string language, string text, string name) =>
        Assert.Contains(name, InputTextFold(DateSpelling.Correct(text, language)));

    [Theory]
    [InlineData("ru", "Карта возможностей")]
    [InlineData("de", "Mein Name ist Marta Sonnig")]
    [InlineData("en", "Monday")]
    [InlineData("fr", "Annuler")]
    [InlineData("uk", "Марія Травенко")]
    public void Correct_LeavesOtherWordsAlone(string language, string text) =>
        Assert.Equal(text, DateSpelling.Correct(text, language));

    private static string InputTextFold(string text) => Termine.Bot.Dialogs.Services.TextNormalizer.Normalize(text);
}
