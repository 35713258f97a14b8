using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.Testing.Conversations;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Residents;

namespace Termine.Bot.Tests.Dialogs;

/// <summary>Interruptions, a language switch, a lost slot, a restart and bad input: the conversation goes on.</summary>
public sealed class ConversationBehaviourTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private TermineFactory _factory = null!;

    public ConversationBehaviourTests(TestDatabase database) => _database = database;

    public Task InitializeAsync()
    {
        _factory = NewHost();
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

    [Fact]
    public async Task Help_Midway_ExplainsAndAsksTheSameQuestionAgain()
    {
        var resident = await AtDatePromptAsync("help-midway", "en-GB", "Hello", "extend my residence permit");

        var replies = await resident.SendAsync("help");

        Assert.Equal(2, replies.Count);
        Assert.Equal("date", resident.Expecting);
    }

    [Theory]
    [InlineData("de-DE", "Kann ich mit einem Mitarbeiter sprechen?")]
    [InlineData("en-GB", "Can I talk to someone, please?")]
    [InlineData("fr-FR", "Je voudrais parler à quelqu’un.")]
    [InlineData("tr-TR", "Bir görevliyle konuşmak istiyorum")]
    [InlineData("ar-SA", "أريد التحدث مع موظف")]
    [InlineData("ru-RU", "Можно поговорить с сотрудником?")]
    [InlineData("uk-UA", "Можна поговорити з працівником?")]
    public async Task AskingForAPerson_AsTheFirstMessage_GivesTheNumberAndThenOffersTheBooking(string locale, string opening)
    {
        var resident = new ConversationDriver(_factory.Services, $"person-first-{locale}", locale);

        var replies = await resident.SendAsync(opening);

        Assert.Contains(replies, r => Termine.Booking.Localization.Bidi.Strip(r.Text ?? "").Contains("02181 601-0", StringComparison.Ordinal));
        Assert.Equal("service", resident.Expecting);
    }

    [Theory]
    [InlineData("de-DE", "Hallo, welche Unterlagen muss ich mitbringen?")]
    [InlineData("fr-FR", "Quels documents dois-je apporter ?")]
    [InlineData("ar-SA", "ماذا أحضر معي؟")]
    [InlineData("uk-UA", "Які документи потрібні?")]
    public async Task AskingForTheDocuments_AsTheFirstMessage_AsksWhichServiceForTheList(string locale, string opening)
    {
        var resident = new ConversationDriver(_factory.Services, $"documents-first-{locale}", locale);

        await resident.SendAsync(opening);

        Assert.Contains(Termine.Bot.Dialogs.DialogTexts.Texts["Documents.AskService", locale[..2]], resident.Last!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE", "Hallo", "Aufenthaltserlaubnis verlängern", "Was muss ich mitbringen?")]
    [InlineData("en-GB", "Hello", "extend my residence permit", "What should I bring?")]
    [InlineData("ru-RU", "Здравствуйте", "продлить вид на жительство", "Какие документы мне нужны?")]
    [InlineData("tr-TR", "Merhaba", "oturum iznimi uzatmak istiyorum", "Ne getirmeliyim?")]
    public async Task AskingForTheDocuments_AtThePersonsQuestion_ShowsThemAndAsksAgain(string locale, string hello, string service, string question)
    {
        var resident = new ConversationDriver(_factory.Services, $"documents-at-persons-{locale}", locale);
        await resident.SendAsync(hello);
        await resident.SendAsync(service);
        Assert.Equal("persons", resident.Expecting);

        var replies = await resident.SendAsync(question);

        Assert.Contains(replies, r => r.Attachments?.Count > 0);
        Assert.Equal("persons", resident.Expecting);
    }

    [Fact]
    public async Task LanguageSwitch_Midway_AsksTheSameQuestionInTheNewLanguage()
    {
        var resident = new ConversationDriver(_factory.Services, "switch-midway", "de-DE");
        await resident.SendAsync("Hallo");
        await resident.SendAsync("Aufenthaltserlaubnis verlängern");
        var german = resident.Last!.Text;

        var replies = await resident.SendAsync("English please");

        Assert.Equal("persons", resident.Expecting);
        Assert.NotEqual(german, resident.Last!.Text);
        Assert.Contains("xml:lang=\"en-GB\"", resident.Last.Speak);
        Assert.Equal("en-GB", resident.Last.Locale);
        // The switch said, the service's documents again in English (issue 15), the question.
        Assert.Equal(3, replies.Count);
        Assert.Contains("Extend a residence permit", replies[1].Text);
    }

    [Fact]
    public async Task SlotLostBetweenOfferAndChoice_SaysSoAndOffersOthers()
    {
        var resident = await AtDatePromptAsync("slot-lost", "de-DE", "Hallo", "Aufenthaltserlaubnis verlängern");
        await resident.SendAsync("nächsten Mittwoch");
        var lost = resident.OfferedSlots[0];
        var bookings = _factory.Services.GetRequiredService<BookingService>();
        for (var i = 0; i < 4; i++)
        {
            await bookings.BookAsync(new BookingRequest("residence-permit-extension", lost.Start, 1, People.Resident($"other{i}@example.org")), "other", null, default);
        }

        var replies = await resident.SendAsync("1");

        Assert.Equal("slot", resident.Expecting);
        Assert.True(replies.Count >= 2);
        Assert.DoesNotContain(resident.OfferedSlots, s => s.Start == lost.Start);
    }

    [Fact]
    public async Task HostRestart_BetweenTwoTurns_TheConversationGoesOn()
    {
        var resident = await AtDatePromptAsync("restart", "fr-FR", "Bonjour", "prolonger mon titre de séjour");
        await resident.SendAsync("jeudi prochain");
        await resident.SendAsync("1");
        Assert.Equal("name", resident.Expecting);

        await _factory.DisposeAsync();
        _factory = NewHost();
        var again = new ConversationDriver(_factory.Services, "restart", "fr-FR");
        await again.SendAsync("Marie Dupont");

        Assert.Equal("birthDate", again.Expecting);
    }

    [Fact]
    public async Task BadInput_GetsAFriendlyReAskAndBreaksNothing()
    {
        var resident = new ConversationDriver(_factory.Services, "bad-input", "de-DE");
        await resident.SendAsync("Hallo");

        var empty = await resident.SendAsync("");
        Assert.Equal("service", resident.Expecting);
        await resident.SendAsync(new string('x', 20_000));
        Assert.Equal("service", resident.Expecting);
        await resident.SendAsync("😀😀😀");
        Assert.Equal("service", resident.Expecting);
        var withFile = (Activity)Microsoft.Bot.Builder.MessageFactory.Attachment(new Attachment("image/png", "https://example.org/passport.png"));
        await resident.SendActivityAsync(withFile);
        Assert.Equal("service", resident.Expecting);
        await resident.SendActivityAsync(new Activity { Type = "somethingNew", Text = "?" });
        await resident.SendAsync("Aufenthaltserlaubnis verlängern");
        await resident.SendAsync("1");
        await resident.SendAsync("morgen");
        await resident.SendAsync("1");
        var markup = await resident.SendAsync("<speak><audio src=\"x\"/></speak> & Co");

        Assert.NotEmpty(empty);
        Assert.Equal("name", resident.Expecting);
        Assert.DoesNotContain(markup, r => r.Speak.Contains("<audio", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DocumentsQuestion_WithoutBooking_ShowsTheListAndReturns()
    {
        var resident = new ConversationDriver(_factory.Services, "documents", "de-DE");
        await resident.SendAsync("Hallo");

        var replies = await resident.SendAsync("Welche Unterlagen brauche ich für die Blaue Karte?");

        Assert.Contains(replies, r => r.Attachments?.Any(a => a.Content.ToString()!.Contains("Blaue Karte")) == true);
        Assert.Equal("service", resident.Expecting);
    }

    [Fact]
    public async Task CancelInTheChat_WithReferenceAndEmail_CancelsTheAppointment()
    {
        var booked = await _factory.Services.GetRequiredService<BookingService>().BookAsync(
            new BookingRequest("residence-permit-extension", new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.FromHours(1)), 1, People.Resident("chat.cancel@example.org")),
            "c", null, default);
        var reference = Assert.IsType<BookingResult.Booked>(booked).Appointment.Reference;
        var resident = new ConversationDriver(_factory.Services, "chat-cancel", "en-GB");
        await resident.SendAsync("Hello");

        await resident.SendAsync("cancel my appointment");
        Assert.Equal("reference", resident.Expecting);
        await resident.SendAsync(reference.ToLowerInvariant().Replace("-", " "));
        await resident.SendAsync("chat.cancel@example.org");
        Assert.Equal("choice", resident.Expecting);
        await resident.SendAsync("1");

        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        Assert.Equal(AppointmentStatus.Cancelled, (await db.Appointments.SingleAsync(a => a.Reference == reference)).Status);
    }

    [Fact]
    public async Task LanguageSwitch_AtTheCancelOrMoveQuestion_ButtonsComeInTheNewLanguageAndWork()
    {
        var booked = await _factory.Services.GetRequiredService<BookingService>().BookAsync(
            new BookingRequest("residence-permit-extension", new DateTimeOffset(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1)), 1, People.Resident("switch.manage@example.org")),
            "c", null, default);
        var reference = Assert.IsType<BookingResult.Booked>(booked).Appointment.Reference;
        var resident = new ConversationDriver(_factory.Services, "switch-manage", "de-DE");
        await resident.SendAsync("Ich möchte meinen Termin absagen");
        await resident.SendAsync(reference);
        await resident.SendAsync("switch.manage@example.org");
        Assert.Equal("choice", resident.Expecting);
        Assert.Contains(resident.Last!.SuggestedActions.Actions, a => a.Title == "Absagen");

        await resident.SendAsync("English please");

        Assert.Equal("choice", resident.Expecting);
        var cancel = Assert.Single(resident.Last!.SuggestedActions.Actions, a => a.Title == "Cancel");
        await resident.SendAsync(cancel.Value.ToString()!);
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        Assert.Equal(AppointmentStatus.Cancelled, (await db.Appointments.SingleAsync(a => a.Reference == reference)).Status);
    }

    private TermineFactory NewHost() => new(_database, new Dictionary<string, string?> { ["Termine:Mail:PickupDirectory"] = _pickup });

    private async Task<ConversationDriver> AtDatePromptAsync(string conversation, string locale, string hello, string service)
    {
        var resident = new ConversationDriver(_factory.Services, conversation, locale);
        await resident.SendAsync(hello);
        await resident.SendAsync(service);
        await resident.SendAsync("1");
        Assert.Equal("date", resident.Expecting);
        return resident;
    }
}
