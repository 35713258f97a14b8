using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Tests.Dialogs.Understanding;

public sealed class PersonCountParserTests
{
    public static TheoryData<string, string, int> Counts => new()
    {
        { "de", "2", 2 }, { "de", "zwei Personen", 2 }, { "de", "wir sind zu dritt", 3 }, { "de", "allein", 1 },
        { "de", "ich und meine Frau", 2 }, { "de", "4 Personen", 4 },
        { "en", "two people", 2 }, { "en", "me and my wife", 2 }, { "en", "alone", 1 }, { "en", "just me", 1 }, { "en", "3", 3 },
        { "fr", "deux personnes", 2 }, { "fr", "seule", 1 }, { "fr", "seul", 1 }, { "fr", "nous sommes trois", 3 },
        { "fr", "moi et mon mari", 2 },
        { "tr", "iki kişi", 2 }, { "tr", "yalnız", 1 }, { "tr", "yalniz", 1 }, { "tr", "üç kişiyiz", 3 }, { "tr", "eşimle", 2 },
        { "ar", "شخصين", 2 }, { "ar", "ثلاثة أشخاص", 3 }, { "ar", "وحدي", 1 }, { "ar", "٢", 2 }, { "ar", "أنا وزوجتي", 2 },
        { "ru", "двое", 2 }, { "ru", "нас трое", 3 }, { "ru", "я один", 1 }, { "ru", "одна", 1 }, { "ru", "сам", 1 },
        { "ru", "два человека", 2 },
        { "uk", "двоє", 2 }, { "uk", "троє", 3 }, { "uk", "сама", 1 }, { "uk", "я одна", 1 }, { "uk", "дві особи", 2 },
        { "uk", "п'ятеро", 5 },
        { "de", "10", 10 }, { "en", "zwei", 2 },
    };

    public static TheoryData<string, string> NotCounts => new()
    {
        { "de", "2 oder 3" }, { "en", "12" }, { "de", "0" }, { "fr", "bonjour" }, { "ru", "не знаю" }, { "ar", "" },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void TryParse_ReadsHowManyCome(string language, string text, int expected)
    {
        Assert.True(PersonCountParser.TryParse(text, language, out var persons));
        Assert.Equal(expected, persons);
    }

    [Theory]
    [MemberData(nameof(NotCounts))]
    public void TryParse_RefusesWhatIsNoSingleCount(string language, string text) =>
        Assert.False(PersonCountParser.TryParse(text, language, out _));
}
