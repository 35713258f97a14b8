using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Tests.Dialogs.Understanding;

public sealed class BirthDateReaderTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    public static TheoryData<string, string, string, bool> Dates => new()
    {
        // Numeric forms.
        { "de", "17.05.1990", "1990-05-17", false },
        { "de", "3.4.1991", "1991-04-03", false },
        { "de", "17/05/1990", "1990-05-17", false },
        { "de", "03/04/1991", "1991-04-03", true },
        { "de", "17-05-1990", "1990-05-17", false },
        { "de", "1990-05-17", "1990-05-17", false },
        { "de", "17.05.90", "1990-05-17", true },
        { "de", "01.02.05", "2005-02-01", true },
        { "de", "01.02.20", "1920-02-01", true },
        { "de", "17 05 1990", "1990-05-17", false },
        { "de", "17051990", "1990-05-17", false },
        { "en", "04/23/1991", "1991-04-23", false },
        { "en", "23/04/1991", "1991-04-23", false },
        { "en", "04/05/1991", "1991-05-04", true },
        { "en", "04.05.1991", "1991-05-04", true },
        { "en", "05/05/1991", "1991-05-05", false },
        { "de", "ich bin am 17.05.1990 geboren", "1990-05-17", false },
        // Month names, all seven languages.
        { "de", "3. April 1991", "1991-04-03", false },
        { "de", "ich bin am 3. April 1991 geboren", "1991-04-03", false },
        { "de", "geboren am 24. Dezember 1985", "1985-12-24", false },
        { "de", "3. Mrz. 1991", "1991-03-03", false },
        { "de", "12. Jänner 1970", "1970-01-12", false },
        { "en", "3 April 1991", "1991-04-03", false },
        { "en", "April 3, 1991", "1991-04-03", false },
        { "en", "the 3rd of April 1991", "1991-04-03", false },
        { "en", "I was born on March 21st, 1988", "1988-03-21", false },
        { "en", "born 1 May 2001", "2001-05-01", false },
        { "en", "Sept 9 1979", "1979-09-09", false },
        { "en", "3 Apr 91", "1991-04-03", true },
        { "fr", "3 avril 1991", "1991-04-03", false },
        { "fr", "1er avril 1991", "1991-04-01", false },
        { "fr", "je suis née le 14 juillet 1989", "1989-07-14", false },
        { "fr", "le 2 févr. 1977", "1977-02-02", false },
        { "fr", "25 décembre 2000", "2000-12-25", false },
        { "tr", "3 Nisan 1991", "1991-04-03", false },
        { "tr", "3 Nisan 1991'de doğdum", "1991-04-03", false },
        { "tr", "doğum tarihim 15 Ağustos 1982", "1982-08-15", false },
        { "tr", "29 Ekim 1993", "1993-10-29", false },
        { "ar", "3 أبريل 1991", "1991-04-03", false },
        { "ar", "٣ أبريل ١٩٩١", "1991-04-03", false },
        { "ar", "ولدت في 3 نيسان 1991", "1991-04-03", false },
        { "ar", "١٥ آب ١٩٨٠", "1980-08-15", false },
        { "ar", "تاريخ ميلادي ١٧/٠٥/١٩٩٠", "1990-05-17", false },
        { "ar", "20 كانون الثاني 1999", "1999-01-20", false },
        { "ru", "3 апреля 1991", "1991-04-03", false },
        { "ru", "родилась 3 апреля 1991", "1991-04-03", false },
        { "ru", "я родился 12 декабря 1978 года", "1978-12-12", false },
        { "ru", "1 января 2000 г.", "2000-01-01", false },
        { "uk", "3 квітня 1991", "1991-04-03", false },
        { "uk", "народилася 8 березня 1995 року", "1995-03-08", false },
        { "uk", "24 серпня 1991", "1991-08-24", false },
        { "uk", "01.09.2003", "2003-09-01", false },
    };

    public static TheoryData<string, string> NotDates => new()
    {
        { "de", "31.02.1990" },
        { "de", "30.02.2000" },
        { "de", "17.05.2030" },
        { "de", "01.01.1880" },
        { "de", "13/13/1990" },
        { "de", "April 1991" },
        { "de", "morgen" },
        { "en", "I don't know" },
        { "en", "3 April 1991 or 4 April 1991" },
        { "fr", "32 janvier 1990" },
        { "tr", "bilmiyorum" },
        { "ru", "1991" },
        { "uk", "" },
        { "ar", "٣١/٠٤/١٩٩٠" },
        { "de", "um 10:30" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void TryRead_ReadsTheDateOfBirth(string language, string text, string expected, bool ambiguous)
    {
        Assert.True(BirthDateReader.TryRead(text, language, Today, out var reading));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), reading.Date);
        Assert.Equal(ambiguous, reading.WasAmbiguous);
    }

    [Theory]
    [MemberData(nameof(NotDates))]
    public void TryRead_RefusesWhatIsNoPossibleBirthDate(string language, string text) =>
        Assert.False(BirthDateReader.TryRead(text, language, Today, out _));
}
