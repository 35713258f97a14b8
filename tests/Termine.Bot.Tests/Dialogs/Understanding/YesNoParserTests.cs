using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Tests.Dialogs.Understanding;

public sealed class YesNoParserTests
{
    public static TheoryData<string, string, bool> Answers => new()
    {
        { "de", "ja", true }, { "de", "Jawohl", true }, { "de", "genau", true }, { "de", "richtig", true }, { "de", "stimmt", true },
        { "de", "ok", true }, { "de", "okay", true }, { "de", "passt", true }, { "de", "Ja, das passt", true },
        { "de", "nein", false }, { "de", "nee", false }, { "de", "falsch", false }, { "de", "nicht richtig", false },
        { "en", "yes", true }, { "en", "yeah", true }, { "en", "yep", true }, { "en", "sure", true }, { "en", "correct", true },
        { "en", "that's right", true }, { "en", "no", false }, { "en", "nope", false }, { "en", "not correct", false },
        { "fr", "oui", true }, { "fr", "d’accord", true }, { "fr", "exact", true }, { "fr", "c'est bon", true }, { "fr", "non", false },
        { "fr", "ce n'est pas correct", false },
        { "tr", "evet", true }, { "tr", "tamam", true }, { "tr", "doğru", true }, { "tr", "dogru", true }, { "tr", "olur", true },
        { "tr", "hayır", false }, { "tr", "hayir", false }, { "tr", "yok", false }, { "tr", "yanlış", false }, { "tr", "doğru değil", false },
        { "ar", "نعم", true }, { "ar", "أجل", true }, { "ar", "صحيح", true }, { "ar", "حسنًا", true }, { "ar", "موافق", true },
        { "ar", "لا", false }, { "ar", "كلا", false }, { "ar", "خطأ", false }, { "ar", "غير صحيح", false },
        { "ru", "да", true }, { "ru", "верно", true }, { "ru", "правильно", true }, { "ru", "ок", true }, { "ru", "хорошо", true },
        { "ru", "конечно", true }, { "ru", "нет", false }, { "ru", "неверно", false }, { "ru", "не верно", false },
        { "uk", "так", true }, { "uk", "вірно", true }, { "uk", "правильно", true }, { "uk", "гаразд", true }, { "uk", "звісно", true },
        { "uk", "ні", false }, { "uk", "невірно", false },
        { "de", "👍", true }, { "ru", "👎", false },

        // Residents mix languages: a one-word answer in another language counts.
        { "de", "yes", true }, { "ar", "ok", true }, { "ru", "так", true }, { "tr", "no", false }, { "en", "да", true },
    };

    public static TheoryData<string, string> NotAnswers => new()
    {
        { "de", "ich bin nicht sicher" }, { "de", "ja nein" }, { "en", "maybe" }, { "fr", "je ne sais pas" },
        { "ru", "не знаю" }, { "ar", "مرحبا" }, { "uk", "" }, { "tr", "belki" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void TryParse_ReadsTheAnswer(string language, string text, bool expected)
    {
        Assert.True(YesNoParser.TryParse(text, language, out var yes));
        Assert.Equal(expected, yes);
    }

    [Theory]
    [MemberData(nameof(NotAnswers))]
    public void TryParse_RefusesWhatIsNeitherOrBoth(string language, string text) =>
        Assert.False(YesNoParser.TryParse(text, language, out _));
}
