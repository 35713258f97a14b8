using Termine.Bot.Dialogs.Language;

namespace Termine.Bot.Tests.Dialogs.Language;

public sealed class LanguageDetectorTests
{
    /// <summary>Text, current language, locale, the language it clearly is.</summary>
    public static TheoryData<string, string, string?, string> ClearlyAnother => new()
    {
        { "Мне нужно продлить вид на жительство, что для этого нужно?", "uk", "uk", "ru" },
        { "Здравствуйте, мне нужно записаться, это возможно?", "uk", null, "ru" },
        { "Мені треба продовжити посвідку, що для цього потрібно?", "ru", "ru", "uk" },
        { "Добрий день, я хочу записатися на прийом, будь ласка", "ru", null, "uk" },
        { "Дякую, це вже не потрібно", "ru", "ru", "uk" },
        { "Спасибо, это уже не нужно", "uk", "uk", "ru" },
        { "أريد موعد لتمديد الإقامة من فضلك", "de", "de", "ar" },
        { "I would like to book an appointment for my wife please", "de", "de", "en" },
        { "Ich möchte einen Termin für meine Frau buchen", "en", "en", "de" },
        { "Je voudrais un rendez-vous pour mon titre de séjour", "de", "de", "fr" },
        { "Merhaba, oturum iznim için randevu almak istiyorum", "de", "de", "tr" },
        { "Я хочу записаться на приём, что нужно?", "de", "de", "ru" },
        { "Я хочу записатися на прийом, що потрібно?", "en", "en", "uk" },
        { "Ich habe meinen Pass verloren und brauche einen neuen Termin", "tr", "tr", "de" },
    };

    /// <summary>Text, current language, locale: nothing here is strong enough to change the language.</summary>
    public static TheoryData<string, string, string?> Weak => new()
    {
        { "ok", "de", "de" }, { "Olena Kovalenko", "de", "de" }, { "Иван Петров", "de", "de" }, { "محمد علي", "de", "de" },
        { "anna.schmidt@example.org", "ru", "ru" }, { "12.03.2026", "uk", "uk" }, { "+49 2131 123456", "ar", "ar" },
        { "Blue Card", "de", "de" }, { "Fiktionsbescheinigung", "en", "en" }, { "да", "uk", "uk" }, { "так", "ru", "ru" },
        { "хочу записаться", "uk", "uk" }, { "вид на жительство", "uk", "uk" }, { "Олена Коваленко", "ru", "ru" },
        { "Thank you", "de", "de" }, { "Danke", "en", "en" }, { "Termin", "en", "en" }, { "merci", "de", "de" },
        { "I want to extend my residence permit", "en", "de" }, { "Ich möchte meinen Termin verschieben", "de", "de" },
        { "Мне нужна справка", "ru", "uk" }, { "Мені потрібна довідка", "uk", "ru" },
    };

    [Theory]
    [MemberData(nameof(ClearlyAnother))]
    public void Decide_TextClearlyInAnotherLanguage_Switches(string text, string current, string? locale, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Decide(text, current, locale));
    }

    [Theory]
    [MemberData(nameof(Weak))]
    public void Decide_AWeakSignal_KeepsTheLanguage(string text, string current, string? locale)
    {
        Assert.Null(LanguageDetector.Decide(text, current, locale));
    }

    [Theory]
    [InlineData("de-DE", "Hallo", "de")]
    [InlineData("de-DE", "Ivan", "de")]
    [InlineData("uk-UA", "Добрий день", "uk")]
    [InlineData("uk-UA", "Здравствуйте, мне нужно записаться на приём", "ru")]
    [InlineData("ru-RU", "Добрий день, мені треба записатися", "uk")]
    [InlineData("ru-RU", "здравствуйте", "ru")]
    [InlineData("de-DE", "مرحبا أريد موعد", "ar")]
    [InlineData("en-US", "hello", "en")]
    [InlineData(null, "Добрий день, мені потрібна допомога", "uk")]
    [InlineData(null, "Здравствуйте, мне нужна помощь", "ru")]
    [InlineData(null, "Merhaba, randevu almak istiyorum", "tr")]
    [InlineData(null, "Bonjour, je voudrais un rendez-vous", "fr")]
    [InlineData(null, "Hello, I need an appointment", "en")]
    [InlineData(null, "Guten Tag", "de")]
    [InlineData("fr-FR", "Guten Tag", "fr")]
    public void FirstGuess_LocaleWinsUnlessTheTextClearlyIsAnotherLanguage(string? locale, string text, string expected)
    {
        Assert.Equal(expected, LanguageDetector.FirstGuess(locale, text));
    }
}
