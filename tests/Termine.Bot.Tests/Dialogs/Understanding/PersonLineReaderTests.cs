using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Tests.Dialogs.Understanding;

public sealed class PersonLineReaderTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    public static TheoryData<string, string, string, string?> Lines => new()
    {
        { "tr", "Leyla Yılmaz, 12.03.2015", "Leyla Yılmaz", "2015-03-12" },
        { "en", "my son Omar Haddad born 5 May 2012", "Omar Haddad", "2012-05-05" },
        { "uk", "Ivan Petrenko 01.02.2010", "Ivan Petrenko", "2010-02-01" },
        { "de", "mein Sohn Jonas Weber, geboren am 3. April 2016", "Jonas Weber", "2016-04-03" },
        { "de", "meine Tochter Mia Weber 12.12.2018", "Mia Weber", "2018-12-12" },
        { "de", "Frau Aylin Demir, geb. 01.01.1960", "Aylin Demir", "1960-01-01" },
        { "en", "my daughter Sara Haddad, 2014-09-30", "Sara Haddad", "2014-09-30" },
        { "en", "and my wife Lina Haddad, date of birth 21/07/1988", "Lina Haddad", "1988-07-21" },
        { "fr", "ma fille Chloé Martin, née le 4 juin 2013", "Chloé Martin", "2013-06-04" },
        { "fr", "mon mari Karim Benali 15/10/1980", "Karim Benali", "1980-10-15" },
        { "tr", "Kızım Elif Yılmaz 03.07.2016 doğumlu", "Elif Yılmaz", "2016-07-03" },
        { "tr", "oğlum Emre Yılmaz 5 Mayıs 2012", "Emre Yılmaz", "2012-05-05" },
        { "ar", "ابني عمر حداد ٥/٥/٢٠١٢", "عمر حداد", "2012-05-05" },
        { "ar", "زوجتي لينا حداد مواليد 1990", "لينا حداد", null },
        { "ar", "بنتي سارة حداد، ٣ نيسان ٢٠١٤", "سارة حداد", "2014-04-03" },
        { "ru", "мой сын Иван Петров, 1 февраля 2010 г.р.", "Иван Петров", "2010-02-01" },
        { "ru", "жена Мария Петрова 14.02.1985", "Мария Петрова", "1985-02-14" },
        { "uk", "моя донька Софія Коваленко, народилася 8 березня 2017", "Софія Коваленко", "2017-03-08" },
        { "uk", "син Андрій Коваленко 20.11.2011", "Андрій Коваленко", "2011-11-20" },
        { "de", "Lukas Schneider", "Lukas Schneider", null },
    };

    public static TheoryData<string, string> NotLines => new()
    {
        { "de", "12.03.2015" },
        { "de", "mein Sohn" },
        { "en", "what do you need?" },
        { "ru", "мой сын, 01.02.2010" },
        { "fr", "" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void TryRead_ReadsNameAndDateOfBirth(string language, string text, string name, string? date)
    {
        Assert.True(PersonLineReader.TryRead(text, language, Today, out string fullName, out DateOnly? birthDate));
        Assert.Equal(name, fullName);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), birthDate);
    }

    [Theory]
    [MemberData(nameof(NotLines))]
    public void TryRead_RefusesLinesWithoutName(string language, string text) =>
        Assert.False(PersonLineReader.TryRead(text, language, Today, out string _, out DateOnly? _));
}
