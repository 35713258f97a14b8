using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Termine.Booking;
using Termine.Booking.Catalog;
using Termine.Booking.Notifications;
using Termine.Booking.Office;
using Termine.Booking.Scheduling;
using Termine.Bot.Dialogs;
using Termine.Bot.Dialogs.Questions;

namespace Termine.Bot.Tests.Dialogs.Questions;

/// <summary>
/// "When are new appointments released?": the next day the horizon reaches that has opening hours, and the midnight
/// it opens, on a controlled clock in the office's time zone.
/// </summary>
public sealed class ReleaseAnswerTests
{
    private static readonly ServiceDefinition Extension = new(
        "extension", "residence", DurationMinutes: 30, MinutesPerAdditionalPerson: 15, MaxDaysAhead: 30, MinNoticeHours: 12,
        Name: Text("Verlängerung", "Extension"), Description: Text("Beschreibung", "Description"),
        Documents: [], Keywords: new Dictionary<string, IReadOnlyList<string>>());

    [Fact]
    public void OnANormalDay_TheDayAfterTheHorizonOpensAtTheComingMidnight()
    {
        // Tuesday 2 February 2027, 10:00 in Neuss: bookable until Thursday 4 March.
        var release = Horizon(new DateTimeOffset(2027, 2, 2, 10, 0, 0, TimeSpan.FromHours(1))).NextRelease(Extension);

        Assert.Equal(new DateOnly(2027, 3, 5), release.Date);
        Assert.Equal(new DateOnly(2027, 2, 3), release.OpensOn);
        Assert.Equal(new DateTimeOffset(2027, 2, 2, 23, 0, 0, TimeSpan.Zero), release.OpensAt);
    }

    [Fact]
    public void BeforeAWeekend_TheNextDayWithTimesIsTheMonday_OpeningAfterTheWeekendDaysAreReached()
    {
        // Wednesday 3 February 2027: the horizon is Friday 5 March; Saturday and Sunday gain no times.
        var release = Horizon(new DateTimeOffset(2027, 2, 3, 9, 0, 0, TimeSpan.FromHours(1))).NextRelease(Extension);

        Assert.Equal(new DateOnly(2027, 3, 8), release.Date);
        Assert.Equal(new DateOnly(2027, 2, 6), release.OpensOn);
    }

    [Fact]
    public void BeforeEaster_GoodFridayTheWeekendAndEasterMondayAreSkipped()
    {
        // Tuesday 23 February 2027: the horizon is Thursday 25 March, the day before Good Friday.
        var release = Horizon(new DateTimeOffset(2027, 2, 23, 12, 0, 0, TimeSpan.FromHours(1))).NextRelease(Extension);

        Assert.Equal(new DateOnly(2027, 3, 30), release.Date);
        Assert.Equal(new DateOnly(2027, 2, 28), release.OpensOn);
        Assert.Equal(new DateTimeOffset(2027, 2, 27, 23, 0, 0, TimeSpan.Zero), release.OpensAt);
    }

    [Fact]
    public void AConfiguredClosingDay_IsSkippedToo()
    {
        var release = Horizon(new DateTimeOffset(2027, 2, 2, 10, 0, 0, TimeSpan.FromHours(1)), closed: new DateOnly(2027, 3, 5)).NextRelease(Extension);

        Assert.Equal(new DateOnly(2027, 3, 8), release.Date);
    }

    [Fact]
    public void AtMidnightInSummer_TheNextDayComesAtTheOfficesMidnight()
    {
        // 23:30 UTC on 30 June is already 1 July in Neuss: the horizon counts from the office's day.
        var release = Horizon(new DateTimeOffset(2027, 6, 30, 23, 30, 0, TimeSpan.Zero)).NextRelease(Extension);

        Assert.Equal(new DateOnly(2027, 8, 2), release.Date);
        Assert.Equal(new DateTimeOffset(2027, 7, 2, 22, 0, 0, TimeSpan.Zero), release.OpensAt);
    }

    [Theory]
    [InlineData("de", "„Verlängerung“ kommen als Nächstes Termine am Dienstag, 30. März 2027 hinzu: Sie können sie ab dem 28. Februar 2027 um 00:00 Uhr buchen.")]
    [InlineData("en", "For “Extension”, the next new appointments will be on Tuesday 30 March 2027: you can book them from 00:00 on 28 February 2027.")]
    [InlineData("fr", "le mardi 30 mars 2027\u202f: vous pourrez les réserver à partir du 28 février 2027 à 0\u00a0h\u00a000.")]
    [InlineData("tr", "30 Mart 2027 Salı günü olacak: Bu randevuları 28 Şubat 2027 tarihinde saat 00:00’dan itibaren alabilirsiniz.")]
    [InlineData("ru", "будут на вторник, 30 марта 2027 г.: запись на этот день откроется 28 февраля 2027 в 00:00.")]
    [InlineData("uk", "будуть на вівторок, 30 березня 2027 р.: запис на цей день відкриється 28 лютого 2027 о 00:00.")]
    [InlineData("ar", "الساعة \u206600:00\u2069")]
    public void WithAService_TheAnswerNamesTheDayAndWhenItOpens(string language, string expected)
    {
        var answer = Answers(new DateTimeOffset(2027, 2, 23, 12, 0, 0, TimeSpan.FromHours(1))).Answer(QuestionTopic.Release, language, Extension, 1);

        Assert.Contains(expected, answer, StringComparison.Ordinal);
    }

    public static TheoryData<string> AllLanguages => new(Languages.All);

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void WithoutAService_TheAnswerIsTheGeneralOne(string language) =>
        Assert.Equal(
            AnswerTexts.Texts["Release.NoService", language],
            Answers(new DateTimeOffset(2027, 2, 23, 12, 0, 0, TimeSpan.FromHours(1))).Answer(QuestionTopic.Release, language, null, 1));

    private static IOptions<SchedulingOptions> Scheduling(DateOnly? closed = null)
    {
        List<OpeningInterval> Day() => [new() { From = new(8, 0), To = new(12, 0) }];
        return Options.Create(new SchedulingOptions
        {
            OpeningHours = new Dictionary<DayOfWeek, List<OpeningInterval>>
            {
                [DayOfWeek.Monday] = Day(),
                [DayOfWeek.Tuesday] = Day(),
                [DayOfWeek.Wednesday] = Day(),
                [DayOfWeek.Thursday] = Day(),
                [DayOfWeek.Friday] = Day(),
            },
            ClosingDays = closed is { } day ? [new ClosingDay { Date = day, Reason = "Betriebsausflug" }] : [],
        });
    }

    private static BookingHorizon Horizon(DateTimeOffset now, DateOnly? closed = null)
    {
        var scheduling = Scheduling(closed);
        return new BookingHorizon(scheduling, new HolidayCalendar(scheduling), new OfficeClock(new FakeTimeProvider(now), scheduling));
    }

    private static QuestionAnswers Answers(DateTimeOffset now)
    {
        var scheduling = Scheduling();
        var clock = new OfficeClock(new FakeTimeProvider(now), scheduling);
        return new QuestionAnswers(
            new ServiceCatalog([Extension]),
            scheduling,
            new OfficeDetails(Options.Create(new OfficeOptions()), Options.Create(new SiteOptions { PublicBaseUrl = "https://termine.example.org" })),
            new BookingHorizon(scheduling, new HolidayCalendar(scheduling), clock),
            clock);
    }

    private static LocalizedText Text(string de, string en) =>
        new(Languages.All.ToDictionary(l => l, l => l == "en" ? en : de));
}
