using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Catalog;
using Termine.Booking.Persistence;
using Termine.Bot.Dialogs;
using Termine.Bot.Dialogs.Questions;
using Termine.Testing.Conversations;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Dialogs.Personas;

/// <summary>
/// The waiting list's inputs as residents really type them, in all seven languages: lower case, no punctuation,
/// missing accents and small slips. Asking for the list in the middle of a booking, asking when new slots come, and
/// "no" at the waiting list's summary followed by a correction. Every day up to the horizon is a closing day here,
/// so nothing is free and a join is never refused for free slots.
/// </summary>
public sealed class WaitlistPersonaTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private TermineFactory _factory = null!;

    public Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?> { ["Termine:Mail:PickupDirectory"] = _pickup };
        var today = DateOnly.FromDateTime(BookingHost.DefaultNow.UtcDateTime);
        for (var day = 0; day < 110; day++)
        {
            settings[$"Termine:Scheduling:ClosingDays:{day}:Date"] = today.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            settings[$"Termine:Scheduling:ClosingDays:{day}:Reason"] = "Umzug";
        }

        _factory = new TermineFactory(database, settings);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }

    [Theory]
    [InlineData("de-DE", "de", "aufenthaltserlaubnis verlängern", "nur ich", "kann ich mich auf eine Warteliste setzen")]
    [InlineData("de-DE", "de", "aufenthalserlaubnis verlängern", "1", "gibts ne warteliste? dann bitte da rauf")]
    [InlineData("en-GB", "en", "extend my residence permit", "just me", "put me on the waiting list")]
    [InlineData("en-GB", "en", "extend residence permit", "1", "can u add me to the waitlist pls")]
    [InlineData("fr-FR", "fr", "prolonger mon titre de sejour", "1", "vous pouvez me mettre sur la liste d attente")]
    [InlineData("tr-TR", "tr", "oturum iznimi uzatmam lazim", "1", "beni bekleme listesine alabilir misiniz")]
    [InlineData("ar-SA", "ar", "تمديد تصريح الاقامة", "1", "ممكن تسجلوني في قائمة الانتظار")]
    [InlineData("ru-RU", "ru", "продлить вид на жительство", "1", "а можно в лист ожидания записаться")]
    [InlineData("uk-UA", "uk", "продовжити посвідку на проживання", "1", "а можна мене в список очікування")]
    public async Task AskingForTheWaitingList_InTheMiddleOfABooking_StartsTheJoin(
        string locale, string language, string service, string persons, string words)
    {
        var resident = new ConversationDriver(_factory.Services, $"wl-persona-{language}-{Guid.NewGuid():N}", locale);
        await resident.SendAsync(service);
        await resident.SendAsync(persons);
        Assert.Equal("date", resident.Expecting);

        await resident.SendAsync(words);

        // The join takes over the service and the persons and asks for the window first.
        Assert.Equal(DialogTexts.Texts["Waitlist.Window.Ask", language], resident.Last?.Text);
    }

    [Theory]
    [InlineData("de-DE", "de", "aufenthaltserlaubnis verlängern", "wann gibt es wieder neue Termine")]
    [InlineData("en-GB", "en", "extend my residence permit", "when will new appointments be available")]
    [InlineData("fr-FR", "fr", "prolonger mon titre de sejour", "et quand vous ouvrez de nouveaux creneaux")]
    [InlineData("tr-TR", "tr", "oturum iznimi uzatmam lazim", "randevular ne zaman acilacak")]
    [InlineData("ar-SA", "ar", "تمديد تصريح الاقامة", "متى تنزل المواعيد الجديدة")]
    [InlineData("ru-RU", "ru", "продлить вид на жительство", "а когда появятся новые записи")]
    [InlineData("uk-UA", "uk", "продовжити посвідку на проживання", "коли будуть нові записи")]
    public async Task TheReleaseQuestion_TypedCasually_IsAnswered_AndTheBookingGoesOn(
        string locale, string language, string service, string question)
    {
        var resident = new ConversationDriver(_factory.Services, $"wl-release-{language}-{Guid.NewGuid():N}", locale);
        await resident.SendAsync(service);
        await resident.SendAsync("1");
        Assert.Equal("date", resident.Expecting);

        var replies = await resident.SendAsync(question);

        var answer = Release(language);
        Assert.True(replies.Any(r => r.Text == answer), "the bot answered: " + string.Join(" | ", replies.Select(r => r.Text)));
        Assert.Equal("date", resident.Expecting);
    }

    [Theory]
    [InlineData("de-DE", "de", "aufenthaltserlaubnis verlängern", "warteliste bitte", "Anna Schmidt", "nee", "meine email ist anna.schmidt.neu@example.org")]
    [InlineData("en-GB", "en", "extend my residence permit", "waiting list please", "John Miller", "nope", "my email is john.miller.new@example.org")]
    [InlineData("fr-FR", "fr", "prolonger mon titre de sejour", "liste d attente svp", "Claire Dubois", "non", "mon mail c est claire.dubois.nouveau@example.org")]
    [InlineData("tr-TR", "tr", "oturum iznimi uzatmam lazim", "bekleme listesine ekleyin", "Yusuf Kaya", "hayır", "mailim yusuf.kaya.yeni@example.org")]
    [InlineData("ar-SA", "ar", "تمديد تصريح الاقامة", "قائمة الانتظار من فضلكم", "أمينة حداد", "لا", "ايميلي amina.haddad.new@example.org")]
    [InlineData("ru-RU", "ru", "продлить вид на жительство", "в лист ожидания пожалуйста", "Ольга Петрова", "нет", "моя почта olga.petrova.new@example.org")]
    [InlineData("uk-UA", "uk", "продовжити посвідку на проживання", "в список очікування будь ласка", "Олена Коваль", "ні", "моя пошта olena.koval.new@example.org")]
    public async Task NoAtTheWaitingListSummary_ThenACorrection_BringsTheSummaryBack_AndJoinsWithTheCorrection(
        string locale, string language, string service, string words, string name, string no, string correction)
    {
        var resident = new ConversationDriver(_factory.Services, $"wl-correct-{language}-{Guid.NewGuid():N}", locale);
        await resident.SendAsync(service);
        await resident.SendAsync("1");
        await resident.SendAsync(words);
        Assert.Equal(DialogTexts.Texts["Waitlist.Window.Ask", language], resident.Last?.Text);
        await resident.SendAsync(DialogTexts.Texts["Waitlist.AnyTime", language]);
        Assert.Equal("name", resident.Expecting);
        await resident.SendAsync(name);
        await resident.SendAsync("17.5.1990");
        Assert.Equal("email", resident.Expecting);
        var first = $"first.{language}.{Guid.NewGuid():N}@example.org";
        await resident.SendAsync(first);
        await resident.SendAsync(DialogTexts.Texts["Waitlist.Skip", language]);
        Assert.Equal("confirm", resident.Expecting);

        await resident.SendAsync(no);
        Assert.Equal(DialogTexts.Texts["Change.Ask", language], resident.Last?.Text);
        await resident.SendAsync(correction);

        var corrected = correction.Split(' ')[^1];
        Assert.Equal("confirm", resident.Expecting);
        Assert.Contains(corrected, resident.Last?.Text, StringComparison.Ordinal);
        await resident.SendAsync(DialogTexts.Texts["Yes", language]);
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var entry = await db.WaitlistEntries.AsNoTracking().SingleAsync(e => e.Email == corrected);
        Assert.Equal(language, entry.Language);
        Assert.False(await db.WaitlistEntries.AnyAsync(e => e.Email == first));
    }

    private string Release(string language)
    {
        var service = _factory.Services.GetRequiredService<ServiceCatalog>().Find("residence-permit-extension");
        return _factory.Services.GetRequiredService<QuestionAnswers>().Release(language, service);
    }
}
