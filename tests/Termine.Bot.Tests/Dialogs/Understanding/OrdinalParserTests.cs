using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Tests.Dialogs.Understanding;

public sealed class OrdinalParserTests
{
    public static TheoryData<string, string, int> Positions => new()
    {
        { "de", "2", 2 }, { "de", "2.", 2 }, { "de", "Nr. 2", 2 }, { "de", "die zweite", 2 }, { "de", "den zweiten bitte", 2 },
        { "de", "zwei", 2 }, { "de", "der dritte Termin", 3 }, { "de", "die letzte", OrdinalParser.Last },
        { "en", "the second", 2 }, { "en", "second one", 2 }, { "en", "#3", 3 }, { "en", "two", 2 }, { "en", "the 1st", 1 },
        { "en", "the last one", OrdinalParser.Last }, { "en", "number ten", 10 },
        { "fr", "la deuxième", 2 }, { "fr", "le second", 2 }, { "fr", "la deuxieme", 2 }, { "fr", "deux", 2 },
        { "fr", "le premier", 1 }, { "fr", "la dernière", OrdinalParser.Last },
        { "tr", "ikincisi", 2 }, { "tr", "ikinci", 2 }, { "tr", "iki", 2 }, { "tr", "üçüncü", 3 }, { "tr", "ucuncu", 3 },
        { "tr", "sonuncu", OrdinalParser.Last }, { "tr", "ilk", 1 },
        { "ar", "الثاني", 2 }, { "ar", "الثانية", 2 }, { "ar", "اثنان", 2 }, { "ar", "٢", 2 }, { "ar", "رقم ٣", 3 },
        { "ar", "الأخير", OrdinalParser.Last }, { "ar", "الأول", 1 },
        { "ru", "второй", 2 }, { "ru", "вторую", 2 }, { "ru", "второе", 2 }, { "ru", "два", 2 }, { "ru", "№2", 2 },
        { "ru", "последний", OrdinalParser.Last }, { "ru", "третий вариант", 3 },
        { "uk", "другий", 2 }, { "uk", "другу", 2 }, { "uk", "друге", 2 }, { "uk", "дві", 2 }, { "uk", "п’ятий", 5 },
        { "uk", "останній", OrdinalParser.Last }, { "uk", "перший", 1 },

        // Residents mix languages: a position in another language still counts.
        { "de", "second", 2 }, { "ru", "2", 2 },
    };

    public static TheoryData<string, string> NotPositions => new()
    {
        { "de", "um 10 Uhr" }, { "en", "10:30" }, { "de", "2 oder 3" }, { "en", "12" }, { "fr", "bonjour" },
        { "ar", "مرحبا" }, { "ru", "" }, { "uk", "0" },
    };

    [Theory]
    [MemberData(nameof(Positions))]
    public void TryParse_ReadsThePosition(string language, string text, int expected)
    {
        Assert.True(OrdinalParser.TryParse(text, language, out var number));
        Assert.Equal(expected, number);
    }

    [Theory]
    [MemberData(nameof(NotPositions))]
    public void TryParse_RefusesWhatIsNoSinglePosition(string language, string text) =>
        Assert.False(OrdinalParser.TryParse(text, language, out _));
}
