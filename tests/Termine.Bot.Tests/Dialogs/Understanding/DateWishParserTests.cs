using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Tests.Dialogs.Understanding;

public sealed class DateWishParserTests
{
    private static readonly DateWishParser Parser = new();

    [Theory]
    [MemberData(nameof(DateWishTable.De), MemberType = typeof(DateWishTable))]
    [MemberData(nameof(DateWishTable.En), MemberType = typeof(DateWishTable))]
    [MemberData(nameof(DateWishTable.Fr), MemberType = typeof(DateWishTable))]
    [MemberData(nameof(DateWishTable.Tr), MemberType = typeof(DateWishTable))]
    [MemberData(nameof(DateWishTable.Ar), MemberType = typeof(DateWishTable))]
    [MemberData(nameof(DateWishTable.Ru), MemberType = typeof(DateWishTable))]
    [MemberData(nameof(DateWishTable.Uk), MemberType = typeof(DateWishTable))]
    public void Parse_UnderstandsTheDateWishTable(
        string language, string text, string? from, string? to, string? weekdays, string? notBefore, string? startBefore, bool asEarlyAsPossible)
    {
        var wish = Parser.Parse(text, language, DateWishTable.Now);

        var expected = from is null ? "null" : $"{from}..{to} days={weekdays} notBefore={notBefore} startBefore={startBefore} asap={asEarlyAsPossible}";
        Assert.Equal(expected, Describe(wish));
    }

    [Fact]
    public void Recognizer_FindsTomorrow_SoItsCachingDependencyIsPresent()
    {
        // Without Microsoft.Extensions.Caching.Memory the recognizer builds, runs and silently finds nothing.
        var results = DateTimeRecognizer.RecognizeDateTime("tomorrow", Culture.English, DateTimeOptions.None, DateWishTable.Now.DateTime, fallbackToDefaultCulture: false);

        var result = Assert.Single(results);
        Assert.Equal("datetimeV2.date", result.TypeName);
    }

    [Fact]
    public void Parse_HandsOnlyGermanEnglishFrenchAndTurkishToTheRecognizer()
    {
        var cultures = new List<string>();
        var spy = new DateWishParser((text, culture, reference) =>
        {
            lock (cultures)
            {
                cultures.Add(culture);
            }

            return DateTimeRecognizer.RecognizeDateTime(text, culture, DateTimeOptions.None, reference, fallbackToDefaultCulture: false);
        });

        foreach (var row in DateWishTable.Ar.Concat(DateWishTable.Ru).Concat(DateWishTable.Uk))
        {
            spy.Parse((string)row[1], (string)row[0], DateWishTable.Now);
        }

        Assert.Empty(cultures);
        foreach (var language in new[] { "de", "en", "fr", "tr" })
        {
            spy.Parse("morgen", language, DateWishTable.Now);
        }

        Assert.Equal(["de-DE", "en-us", "fr-FR", "tr-TR"], cultures, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_RussianNumericDate_IsDayFirstNotTheEnglishFallbacksMonthFirst()
    {
        // The recognizer's English fallback would read "10/12" as 12 October.
        var wish = Parser.Parse("10/12 в 9 утра", "ru", DateWishTable.Now);

        Assert.Equal("2026-12-10..2026-12-10 days= notBefore=09:00 startBefore=10:00 asap=False", Describe(wish));
    }

    [Theory]
    [InlineData("", "de")]
    [InlineData("   ", "ar")]
    [InlineData("2 Personen", "de")]
    [InlineData("Aufenthaltstitel verlängern", "de")]
    [InlineData("продлить вид на жительство", "ru")]
    public void Parse_WithoutAnythingDateLike_GivesNull(string text, string language) =>
        Assert.Null(Parser.Parse(text, language, DateWishTable.Now));

    [Fact]
    public void WarmUp_LoadsEveryLanguageAndTheRecognizers()
    {
        Parser.WarmUp();

        Assert.NotNull(Parser.Parse("завтра", "ru", DateWishTable.Now));
    }

    [Fact]
    public void Parse_UnknownLanguageCode_ReadsGerman() =>
        Assert.Equal(new DateOnly(2026, 11, 25), Parser.Parse("morgen", "xx", DateWishTable.Now)?.From);

    [Fact]
    public void ToQuery_CarriesTheWishIntoTheBookingCoresQuery()
    {
        var wish = Parser.Parse("dienstags nachmittags", "de", DateWishTable.Now)!;

        var query = wish.ToQuery("residence-permit", 2, 5);

        Assert.Equal(("residence-permit", wish.From, wish.To, 2, 5), (query.ServiceId, query.From, query.To, query.Persons, query.Limit));
        Assert.Equal([DayOfWeek.Tuesday], query.Weekdays!);
        Assert.Equal((new TimeOnly(12, 0), (TimeOnly?)null), (query.NotBefore, query.StartBefore));
    }

    [Fact]
    public void Parse_FromManyThreadsAtOnce_GivesWhatItGivesAlone()
    {
        var rows = AllRows().ToList();
        var alone = rows.Select(row => Describe(Parser.Parse(row.Text, row.Language, DateWishTable.Now))).ToList();

        var together = new string[rows.Count];
        Parallel.For(0, rows.Count * 4, i =>
            together[i % rows.Count] = Describe(Parser.Parse(rows[i % rows.Count].Text, rows[i % rows.Count].Language, DateWishTable.Now)));

        Assert.Equal(alone, together);
    }

    private static IEnumerable<(string Language, string Text)> AllRows() =>
        new[] { DateWishTable.De, DateWishTable.En, DateWishTable.Fr, DateWishTable.Tr, DateWishTable.Ar, DateWishTable.Ru, DateWishTable.Uk }
            .SelectMany(rows => rows)
            .Select(row => ((string)row[0], (string)row[1]));

    private static string Describe(DateWish? wish) => wish is null
        ? "null"
        : $"{wish.From:yyyy-MM-dd}..{wish.To:yyyy-MM-dd} days={(wish.Weekdays is null ? null : string.Join(',', wish.Weekdays.Order()))}"
            + $" notBefore={wish.NotBefore:HH\\:mm} startBefore={wish.StartBefore:HH\\:mm} asap={wish.AsEarlyAsPossible}";
}
