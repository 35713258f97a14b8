using Microsoft.Extensions.Options;
using Termine.Booking;
using Termine.Booking.Catalog;
using Termine.Booking.Notifications;
using Termine.Booking.Office;
using Termine.Booking.Scheduling;
using Termine.Bot.Dialogs;
using Termine.Bot.Dialogs.Questions;

namespace Termine.Bot.Tests.Dialogs.Questions;

public sealed class QuestionAnswersTests
{
    private static readonly ServiceDefinition Extension = new(
        "extension", "residence", DurationMinutes: 30, MinutesPerAdditionalPerson: 15, MaxDaysAhead: 90, MinNoticeHours: 12,
        Name: Text("Verlängerung", "Extension"), Description: Text("Beschreibung", "Description"),
        Documents: [new ServiceDocument(Text("Reisepass", "Passport"), Text("im Original", "the original"))],
        Keywords: new Dictionary<string, IReadOnlyList<string>>());

    private static readonly ServiceDefinition Short = Extension with { Id = "short", DurationMinutes = 15 };

    private static QuestionAnswers Answers()
    {
        var scheduling = Options.Create(new SchedulingOptions
        {
            OpeningHours = new Dictionary<DayOfWeek, List<OpeningInterval>>
            {
                [DayOfWeek.Monday] = [new() { From = new(8, 0), To = new(12, 0) }, new() { From = new(13, 0), To = new(15, 30) }],
                [DayOfWeek.Thursday] = [new() { From = new(9, 0), To = new(17, 45) }],
            },
        });
        var clock = new OfficeClock(TimeProvider.System, scheduling);
        return new QuestionAnswers(
            new ServiceCatalog([Extension, Short]),
            scheduling,
            new OfficeDetails(Options.Create(new OfficeOptions { Street = "Oberstraße 91", PostalCode = "41460", Town = "Neuss", Phone = "02131 928-0" }), Options.Create(new SiteOptions { PublicBaseUrl = "https://termine.example.org" })),
            new BookingHorizon(scheduling, new HolidayCalendar(scheduling), clock),
            clock);
    }

    [Theory]
    [InlineData("de", 1, "30 Minuten")]
    [InlineData("de", 3, "Für 3 Personen dauert der Termin etwa 60 Minuten")]
    [InlineData("en", 1, "about 30 minutes")]
    [InlineData("en", 3, "For 3 people the appointment takes about 60 minutes")]
    [InlineData("ru", 3, "60 минут")]
    [InlineData("ar", 1, "30 دقيقة")]
    public void Duration_GrowsWithEachAdditionalPerson(string language, int persons, string expected) =>
        Assert.Contains(expected, Answers().Answer(QuestionTopic.Duration, language, Extension, persons));

    [Fact]
    public void Duration_WithoutService_NamesTheCatalogsRange() =>
        Assert.Contains("15 and 30 minutes", Answers().Answer(QuestionTopic.Duration, "en", null, 1));

    [Fact]
    public void Documents_ListTheServicesDocumentsInTheLanguage()
    {
        var answer = Answers().Answer(QuestionTopic.Documents, "en", Extension, 1);
        Assert.Contains("Extension", answer);
        Assert.Contains("Passport – the original", answer);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Documents_WithoutService_AskToChooseOne(string language) =>
        Assert.Equal(
            Termine.Bot.Dialogs.Questions.AnswerTexts.Texts["Documents.NoService", language],
            Answers().Answer(QuestionTopic.Documents, language, null, 1));

    [Theory]
    [InlineData("de", "Montag: 08:00–12:00 und 13:00–15:30\nDonnerstag: 09:00–17:45")]
    [InlineData("en", "Monday: 08:00–12:00 and 13:00–15:30\nThursday: 09:00–17:45")]
    [InlineData("fr", "Lundi\u202f: 08:00–12:00 et 13:00–15:30")]
    [InlineData("ru", "Понедельник: 08:00–12:00 и 13:00–15:30")]
    [InlineData("uk", "Четвер: 09:00–17:45")]
    [InlineData("ar", "\u206608:00–12:00\u2069")]
    public void OpeningHours_AreFormattedFromTheSchedulingOptions(string language, string expected) =>
        Assert.Contains(expected, Answers().Answer(QuestionTopic.OpeningHours, language, null, 1));

    [Fact]
    public void Address_AndContact_AreTheConfiguredOffice()
    {
        Assert.Contains("Rhein-Kreis Neuss Yabancılar Dairesi\nAusländerbehörde des Rhein-Kreises Neuss\nOberstraße 91\n41460 Neuss",
            Answers().Answer(QuestionTopic.Address, "tr", null, 1));
        Assert.Contains("Ausländerbehörde des Rhein-Kreises Neuss\nOberstraße 91\n41460 Neuss", Answers().Answer(QuestionTopic.Address, "de", null, 1));
        Assert.Contains("\u2066Oberstraße 91\u2069", Answers().Answer(QuestionTopic.Address, "ar", null, 1));
        Assert.Contains("Grevenbroich", Answers().Answer(QuestionTopic.Directions, "ar", null, 1));
        Assert.Contains("02131 928-0", Answers().Answer(QuestionTopic.Contact, "uk", null, 1));
        Assert.Contains("\u206602131 928-0\u2069", Answers().Answer(QuestionTopic.Contact, "ar", null, 1));
    }

    public static TheoryData<string> AllLanguages => new(Languages.All);

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void EveryTopic_HasAnAnswerInEveryLanguage(string language)
    {
        foreach (var topic in Enum.GetValues<QuestionTopic>())
        {
            Assert.False(string.IsNullOrWhiteSpace(Answers().Answer(topic, language, Extension, 2)));
        }
    }

    private static LocalizedText Text(string de, string en) =>
        new(Languages.All.ToDictionary(l => l, l => l == "en" ? en : de));
}
