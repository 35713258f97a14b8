using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Catalog;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Waitlist;
using Termine.Bot.Dialogs;
using Termine.Bot.Dialogs.Questions;
using Termine.Bot.Dialogs.Services;
using Termine.Bot.State;
using Termine.Testing.Conversations;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Xunit.Abstractions;

namespace Termine.Bot.Tests.Dialogs.Waitlist;

/// <summary>
/// From a booking to the waiting list: the release question answered in the middle of a booking, the no-slot message
/// naming the next day released, and a join that asks only what the booking did not know.
/// </summary>
public sealed class WaitlistFromBookingTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private readonly ITestOutputHelper _output;
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private TermineFactory _factory = null!;

    public WaitlistFromBookingTests(TestDatabase database, ITestOutputHelper output)
    {
        _database = database;
        _output = output;
    }

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(_database, new Dictionary<string, string?> { ["Termine:Mail:PickupDirectory"] = _pickup });
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
    [InlineData("de-DE", "de", "Aufenthaltserlaubnis verlängern", "Wann gibt es neue Termine?")]
    [InlineData("en-GB", "en", "extend my residence permit", "When do you release new slots?")]
    [InlineData("fr-FR", "fr", "prolonger mon titre de séjour", "Quand de nouveaux créneaux sont-ils ouverts ?")]
    [InlineData("tr-TR", "tr", "oturum iznimi uzatmak istiyorum", "Yeni randevular ne zaman açılıyor?")]
    [InlineData("ar-SA", "ar", "تمديد تصريح الإقامة", "متى تُفتح المواعيد الجديدة؟")]
    [InlineData("ru-RU", "ru", "продлить вид на жительство", "Когда появятся новые записи?")]
    [InlineData("uk-UA", "uk", "хочу продовжити посвідку на проживання", "Коли з’являться нові записи?")]
    public async Task TheReleaseQuestion_InTheMiddleOfABooking_IsAnsweredForTheService_AndTheBookingGoesOn(
        string locale, string language, string service, string question)
    {
        var resident = new ConversationDriver(_factory.Services, $"release-{language}-{Guid.NewGuid():N}", locale);
        await resident.SendAsync(service);
        await resident.SendAsync("1");
        Assert.Equal("date", resident.Expecting);

        var replies = await resident.SendAsync(question);

        Assert.Contains(replies, r => ReleaseAnswers(_factory.Services, language).Contains(r.Text));
        Assert.Equal("date", resident.Expecting);
        await resident.SendAsync("02.12.2026");
        Assert.Equal("slot", resident.Expecting);
    }

    [Theory]
    [InlineData("de-DE", "de", "Aufenthaltserlaubnis verlängern", "Donnerstag", "Anna Schmidt", "anna.warteliste@example.org")]
    [InlineData("uk-UA", "uk", "хочу продовжити посвідку на проживання", "четвер", "Олена Коваль", "olena.cherga@example.org")]
    public async Task NoSlotFits_TheBotNamesTheReleaseAndOffersTheList_AndTheJoinAsksOnlyWhatItDoesNotKnow(
        string locale, string language, string service, string wish, string name, string email)
    {
        // Every day up to the horizon and beyond is a closing day: nothing fits any wish.
        var closed = new Dictionary<string, string?> { ["Termine:Mail:PickupDirectory"] = _pickup };
        var today = DateOnly.FromDateTime(BookingHost.DefaultNow.UtcDateTime);
        for (var day = 0; day < 110; day++)
        {
            closed[$"Termine:Scheduling:ClosingDays:{day}:Date"] = today.AddDays(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            closed[$"Termine:Scheduling:ClosingDays:{day}:Reason"] = "Umzug";
        }

        await using var factory = new TermineFactory(_database, closed);
        var conversation = $"nofit-{language}-{Guid.NewGuid():N}";
        var resident = new ConversationDriver(factory.Services, conversation, locale);
        await resident.SendAsync(service);
        await resident.SendAsync("1");

        var noSlot = await resident.SendAsync(wish);

        Log(noSlot);
        Assert.Contains(noSlot, r => ReleaseAnswers(factory.Services, language).Contains(r.Text));
        Assert.Equal(DialogTexts.Texts["Waitlist.Offer", language], resident.Last?.Text);

        await resident.SendAsync(DialogTexts.Texts["Waitlist.Join", language]);
        Assert.Equal("name", resident.Expecting);
        await resident.SendAsync(name);
        Assert.Equal("birthDate", resident.Expecting);
        await resident.SendAsync("17.05.1990");
        Assert.Equal("email", resident.Expecting);
        await resident.SendAsync(email);
        Assert.Equal(DialogTexts.Texts["Waitlist.Permit.Ask", language], resident.Last?.Text);
        await resident.SendAsync(DialogTexts.Texts["Waitlist.Skip", language]);
        Assert.Equal("confirm", resident.Expecting);
        Log([resident.Last!]);

        // "No" at the summary asks what to change, as the booking's summary does; the correction brings it back.
        await resident.SendAsync(DialogTexts.Texts["No", language]);
        Assert.Equal(DialogTexts.Texts["Change.Ask", language], resident.Last?.Text);
        email = "new." + email;
        await resident.SendAsync(email);
        Assert.Equal("confirm", resident.Expecting);
        Assert.Contains(email, resident.Last?.Text, StringComparison.Ordinal);

        var joined = await resident.SendAsync(DialogTexts.Texts["Yes", language]);

        var reference = Assert.Single(await EntriesAsync(factory.Services, email)).Reference;
        Assert.Contains(joined, r => r.Text?.Contains(reference, StringComparison.Ordinal) == true);
        var entry = Assert.Single(await EntriesAsync(factory.Services, email));
        Assert.Equal(1, entry.Persons);
        Assert.Equal(language, entry.Language);
        Assert.Contains(await OutboxAsync(factory.Services), m => m.WaitlistEntryId == entry.Id && m.Kind == MessageKind.WaitlistJoined);
        await using var bot = await factory.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        Assert.Equal(ConversationOutcome.JoinedWaitlist, (await bot.ConversationSummaries.AsNoTracking().SingleAsync(c => c.ConversationId == conversation)).Outcome);
    }

    private static string[] ReleaseAnswers(IServiceProvider services, string language)
    {
        var answers = services.GetRequiredService<QuestionAnswers>();
        return services.GetRequiredService<ServiceCatalog>().Services.Select(s => answers.Release(language, s)).ToArray();
    }

    private static async Task<List<WaitlistEntry>> EntriesAsync(IServiceProvider services, string email)
    {
        await using var db = await Contexts(services).CreateDbContextAsync();
        return await db.WaitlistEntries.AsNoTracking().Where(e => e.Email == email).ToListAsync();
    }

    private static async Task<List<OutboxMessage>> OutboxAsync(IServiceProvider services)
    {
        await using var db = await Contexts(services).CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking().ToListAsync();
    }

    private static IDbContextFactory<BookingDbContext> Contexts(IServiceProvider services) => services.GetRequiredService<IDbContextFactory<BookingDbContext>>();

    private void Log(IEnumerable<Microsoft.Bot.Schema.IMessageActivity> replies)
    {
        foreach (var reply in replies)
        {
            _output.WriteLine(reply.Text);
        }
    }
}
