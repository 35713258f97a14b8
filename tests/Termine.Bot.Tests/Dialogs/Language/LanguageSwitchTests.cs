using Termine.Bot.Dialogs.Language;

namespace Termine.Bot.Tests.Dialogs.Language;

public sealed class LanguageSwitchTests
{
    public static TheoryData<string, string> Requests => new()
    {
        { "can we speak English?", "en" }, { "English please", "en" }, { "do you speak French?", "fr" },
        { "I don't understand German, English please", "en" }, { "Could you answer in English", "en" },
        { "switch to Arabic please", "ar" }, { "english", "en" }, { "in English please", "en" },
        { "auf Deutsch bitte", "de" }, { "können wir Deutsch sprechen?", "de" }, { "lieber auf Türkisch", "tr" },
        { "Sprechen Sie Russisch?", "ru" }, { "Deutsch", "de" }, { "Ich verstehe kein Deutsch, lieber Englisch", "en" },
        { "parlez-vous français ?", "fr" }, { "en français s'il vous plaît", "fr" }, { "Vous parlez anglais ?", "en" },
        { "je préfère parler en français", "fr" },
        { "Türkçe konuşabilir miyiz?", "tr" }, { "Türkçe lütfen", "tr" }, { "Almanca bilmiyorum, Türkçe lütfen", "tr" },
        { "turkce yazabilir misiniz", "tr" }, { "İngilizce konuşuyor musunuz?", "en" },
        { "بالعربية من فضلك", "ar" }, { "هل تتكلم العربية؟", "ar" }, { "ممكن نتكلم بالعربي", "ar" }, { "تحدث الإنجليزية من فضلك", "en" },
        { "говорите по-русски?", "ru" }, { "давайте на русском", "ru" }, { "можно по-русски, пожалуйста", "ru" },
        { "пишите на английском", "en" }, { "можна українською?", "uk" }, { "пишіть українською, будь ласка", "uk" },
        { "давайте українською", "uk" }, { "Ви розмовляєте німецькою?", "de" }, { "по-украински пожалуйста", "uk" },
    };

    public static TheoryData<string> NotRequests => new()
    {
        "ich bin Türkin", "I was born in Germany", "мой паспорт украинский", "I need a German course certificate",
        "Ich habe einen türkischen Pass", "I am Russian", "je suis turc", "I don't speak German", "Ich spreche kein Deutsch",
        "у меня украинский паспорт", "я громадянка України", "أنا سوري", "Almanca sertifikası lazım",
        "Ich brauche eine Bescheinigung für den Deutschkurs", "my wife is Ukrainian and I am German citizen living here since ten years",
        "Verlängerung der Aufenthaltserlaubnis", "", "   ", "Termin verschieben", "Я из Украины",
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Recognize_ARequestToSwitch_NamesTheLanguage(string text, string expected)
    {
        Assert.Equal(expected, LanguageSwitch.Recognize(text));
    }

    [Theory]
    [MemberData(nameof(NotRequests))]
    public void Recognize_ASentenceThatOnlyMentionsALanguage_IsNoSwitch(string text)
    {
        Assert.Null(LanguageSwitch.Recognize(text));
    }
}
