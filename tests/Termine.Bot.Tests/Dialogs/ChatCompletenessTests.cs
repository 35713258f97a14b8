using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Termine.Booking.Catalog;
using Termine.Booking.Persistence;
using Termine.Bot.Dialogs;
using Termine.Testing.Conversations;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Dialogs;

/// <summary>
/// What a resident sees is complete (issue 15): the service list says there are more, the documents follow a language
/// switch, the last message says where to come and what comes next, left-to-right runs keep their order in Arabic.
/// </summary>
public sealed class ChatCompletenessTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string Lri = "\u2066";
    private const string Fsi = "\u2068";
    private const string Pdi = "\u2069";
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    private readonly TestDatabase _database;
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private TermineFactory _factory = null!;

    public ChatCompletenessTests(TestDatabase database) => _database = database;

    public static TheoryData<string, string> Greetings => new()
    {
        { "de-DE", "Hallo" }, { "en-GB", "Hello" }, { "fr-FR", "Bonjour" }, { "tr-TR", "Merhaba" },
        { "ar-SA", "مرحبا" }, { "ru-RU", "Здравствуйте" }, { "uk-UA", "Добрий день" },
    };

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(_database, new Dictionary<string, string?>
        {
            ["Termine:Mail:PickupDirectory"] = _pickup,
            ["Termine:Office:Street"] = "Oberstraße 91",
            ["Termine:Office:PostalCode"] = "41460",
            ["Termine:Office:Town"] = "Neuss",
            ["Termine:Office:Phone"] = "02131 928-0",
        });
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
    [MemberData(nameof(Greetings))]
    public async Task ServiceQuestion_OffersTheMostAskedAndAButtonForAll_WhichListsEveryServiceByTopic(string locale, string hello)
    {
        var language = locale[..2];
        var services = Catalog.Services;
        var resident = new ConversationDriver(_factory.Services, $"services-{locale}", locale);

        await resident.SendAsync(hello);

        Assert.Equal("service", resident.Expecting);
        var buttons = resident.Last!.SuggestedActions.Actions;
        Assert.Equal(5, buttons.Count);
        Assert.Equal(services.Take(4).Select(s => s.Name[language]), buttons.Take(4).Select(b => b.Title));
        var all = DialogTexts.Texts["Service.All", language];
        Assert.Equal(all, buttons[4].Title);
        Assert.Contains(all, resident.Last.Text);

        await resident.SendAsync(all);

        Assert.Equal("service", resident.Expecting);
        Assert.Null(resident.Last!.SuggestedActions);
        var card = Assert.Single(resident.Last.Attachments, a => a.ContentType == AdaptiveCard).Content.ToString()!;
        Assert.All(services, s => Assert.Contains(s.Name[language], card));
        Assert.Contains(DialogTexts.Texts["Service.Group.humanitarian", language], card);

        await resident.SendAsync(services[^1].Name[language]);

        Assert.Equal("persons", resident.Expecting);
    }

    [Fact]
    public async Task DocumentsOnTheirOwn_WithoutAService_ListEveryServiceByTopic_AndShowTheChosenOnesDocuments()
    {
        // While cancelling, the question about documents is answered on its own (in the booking the form answers it).
        var resident = new ConversationDriver(_factory.Services, "documents-list", "uk-UA");
        await resident.SendAsync("Добрий день");
        await resident.SendAsync("скасувати запис");
        Assert.Equal("reference", resident.Expecting);

        await resident.SendAsync("Які документи потрібні?");

        Assert.Equal("service", resident.Expecting);
        Assert.Null(resident.Last!.SuggestedActions);
        var card = Assert.Single(resident.Last.Attachments, a => a.ContentType == AdaptiveCard).Content.ToString()!;
        Assert.All(Catalog.Services, s => Assert.Contains(s.Name["uk"], card));

        var documents = await resident.SendAsync(Catalog.Find("travel-document")!.Name["uk"]);

        Assert.Contains(documents, r => r.Attachments?.Any(a => a.Content.ToString()!.Contains(DialogTexts.Texts["Documents.Heading", "uk"])) == true);
    }

    [Theory]
    [InlineData("telegram")]
    [InlineData("msteams")]
    public async Task AllServices_OnChannelsThatShowEveryButton_StayButtons(string channel)
    {
        var resident = new ConversationDriver(_factory.Services, $"services-{channel}", "en-GB", channel);
        await resident.SendAsync("Hello");

        await resident.SendAsync("show all services");

        var names = Catalog.Services.Select(s => s.Name["en"]).ToList();
        if (channel == "telegram")
        {
            Assert.Equal(names, resident.Last!.SuggestedActions.Actions.Select(a => a.Title));
        }
        else
        {
            // Teams' own card (Channels/Teams/ChoiceCard) holds every button.
            var card = Assert.Single(resident.Last!.Attachments).Content.ToString()!;
            Assert.All(names, name => Assert.Contains(name, card));
        }
    }

    [Fact]
    public async Task ServiceName_TypedWhileTheMostAskedAreShown_IsTaken()
    {
        var resident = new ConversationDriver(_factory.Services, "services-typed", "de-DE");
        await resident.SendAsync("Hallo");

        await resident.SendAsync("Reiseausweis");

        Assert.Equal("persons", resident.Expecting);
    }

    [Fact]
    public async Task LanguageSwitch_AfterTheDocumentsInTheBooking_ShowsThemAgainInTheNewLanguage()
    {
        var resident = new ConversationDriver(_factory.Services, "documents-switch-booking", "de-DE");
        await resident.SendAsync("Hallo");
        await resident.SendAsync("Blaue Karte");
        await resident.SendAsync("1");

        var replies = await resident.SendAsync("English please");

        var card = Assert.Single(replies, r => r.Attachments?.Any(a => a.ContentType == AdaptiveCard) == true);
        Assert.Contains("EU Blue Card", card.Text);
        Assert.Contains("Please bring the following", card.Attachments[0].Content.ToString());
        Assert.Equal("date", resident.Expecting);
        Assert.Equal("en-GB", resident.Last!.Locale);
    }

    [Fact]
    public async Task LanguageSwitch_AfterTheDocumentsOnTheirOwn_ShowsThemAgainInTheNewLanguage()
    {
        var resident = new ConversationDriver(_factory.Services, "documents-switch-alone", "de-DE");
        await resident.SendAsync("Hallo");
        await resident.SendAsync("Welche Unterlagen brauche ich für die Blaue Karte?");

        var replies = await resident.SendAsync("Türkçe lütfen");

        var card = Assert.Single(replies, r => r.Attachments?.Any(a => a.ContentType == AdaptiveCard) == true);
        Assert.Contains(Catalog.Find("eu-blue-card")!.Name["tr"], card.Text);
        Assert.Contains(DialogTexts.Texts["Documents.Heading", "tr"], card.Attachments[0].Content.ToString());
    }

    [Theory]
    [InlineData("Українською, будь ласка")]
    [InlineData("Українська")]
    public async Task LanguageSwitch_ToUkrainian_AtTheServiceQuestion_IsNoServiceOfItsOwn(string request)
    {
        var resident = new ConversationDriver(_factory.Services, $"switch-uk-{request.Length}", "de-DE");
        await resident.SendAsync("Hallo");

        var replies = await resident.SendAsync(request);

        Assert.Equal("service", resident.Expecting);
        Assert.Equal("uk-UA", resident.Last!.Locale);
        Assert.DoesNotContain(replies, r => r.Attachments is { Count: > 0 });
    }

    [Fact]
    public async Task LanguageSwitch_BeforeAnyDocuments_ShowsNone()
    {
        var resident = new ConversationDriver(_factory.Services, "documents-switch-none", "de-DE");
        await resident.SendAsync("Hallo");

        var replies = await resident.SendAsync("English please");

        Assert.DoesNotContain(replies, r => r.Attachments is { Count: > 0 });
    }

    [Fact]
    public async Task Booked_InGerman_SaysWhereWhatToBringCheckInAndHowToCancel()
    {
        var done = await BookAsync("de-DE", "final-de", ["Hallo", "Blaue Karte", "1", "nächsten Dienstag vormittags", "1", "Anna Schmidt", "17.05.1990", "final.de@example.org", "0151 23456789", "ja"]);

        var last = done[^1].Text;
        Assert.Contains("Ausländerbehörde des Rhein-Kreises Neuss\nOberstraße 91\n41460 Neuss", last);
        Assert.All(Catalog.Find("eu-blue-card")!.Documents, d => Assert.Contains(d.Name["de"], last));
        Assert.Contains("QR-Code", last);
        Assert.Contains("„absagen“", last);
        Assert.Equal(1, last.Split("Ausländerbehörde").Length - 1);

        // "absagen" written afterwards leads to cancelling.
        var resident = new ConversationDriver(_factory.Services, "final-de", "de-DE");
        await resident.SendAsync("absagen");
        Assert.Equal("reference", resident.Expecting);
    }

    [Fact]
    public async Task Booked_InArabic_IsolatesEveryLeftToRightRunAndSpeaksNone()
    {
        var done = await BookAsync("ar-SA", "final-ar", ["مرحبا", "أريد تمديد الإقامة", "1", "الثلاثاء القادم صباحا", "الثاني", "Amina Haddad", "17/05/1990", "final.ar@example.org", "0151 23456789"]);
        var summary = done[^1];
        Assert.Equal("confirm", ExpectingOf(summary));
        Assert.Matches("\u2066\\+49 ?151 ?23456789\u2069", summary.Text);
        Assert.Contains($"{Lri}final.ar@example.org{Pdi}", summary.Text);
        Assert.Contains($"{Fsi}Amina Haddad{Pdi}", summary.Text);

        var resident = new ConversationDriver(_factory.Services, "final-ar", "ar-SA");
        var booked = await resident.SendAsync("نعم");

        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var appointment = await db.Appointments.SingleAsync(a => a.Email == "final.ar@example.org");
        Assert.NotNull(appointment.Phone);
        Assert.Contains(booked, r => r.Text.Contains($"{Lri}{appointment.Reference}{Pdi}"));
        Assert.Contains(booked, r => r.Text.Contains($"{Lri}final.ar@example.org{Pdi}"));
        var last = booked[^1].Text;
        Assert.Contains(DialogTexts.Texts["Office.Name", "ar"], last);
        Assert.Contains($"{Lri}Ausländerbehörde des Rhein-Kreises Neuss{Pdi}\n{Lri}Oberstraße 91{Pdi}\n{Lri}41460 Neuss{Pdi}", last);
        Assert.Contains("«إلغاء»", last);
        Assert.All(done.Concat(booked), r => Assert.DoesNotMatch("[\u2066-\u2069]", r.Speak ?? ""));
    }

    [Fact]
    public async Task OfficeAnswers_TakeTheConfiguredAddressAndNumber()
    {
        var resident = new ConversationDriver(_factory.Services, "office-answers", "ar-SA");
        await resident.SendAsync("مرحبا");

        var address = await resident.SendAsync("ما هو العنوان؟");
        var person = await resident.SendAsync("أريد التحدث مع موظف");

        Assert.Contains(address, r => r.Text.Contains(DialogTexts.Texts["Office.Name", "ar"]) && r.Text.Contains($"{Lri}Oberstraße 91{Pdi}"));
        Assert.Contains(person, r => r.Text.Contains($"{Lri}02131 928-0{Pdi}"));
    }

    /// <summary>
    /// A resident whose keyboard writes Arabic-Indic digits (and, for the child, Persian ones) types every number of the
    /// booking with them: persons, date wish with a clock time, the slot's number, birth dates and the phone number.
    /// </summary>
    [Fact]
    public async Task ArabicIndicAndPersianDigits_AreReadWhereverANumberIsTyped()
    {
        var resident = new ConversationDriver(_factory.Services, "digits-ar", "ar-SA");
        await resident.SendAsync("مرحبا");
        await resident.SendAsync("أريد تمديد الإقامة");

        await resident.SendAsync("٢");
        Assert.Equal("date", resident.Expecting);
        await resident.SendAsync("يوم ٣/١٢ الساعة ١٠:٣٠");
        Assert.Equal("slot", resident.Expecting);
        var offered = resident.OfferedSlots;
        Assert.All(offered, s => Assert.Equal(new DateOnly(2026, 12, 3), DateOnly.FromDateTime(s.Start.DateTime)));
        Assert.Contains(offered, s => s.Start.Hour == 10 && s.Start.Minute == 30);
        await resident.SendAsync("٢");
        Assert.Equal("name", resident.Expecting);
        await resident.SendAsync("Omar Alnasser");
        await resident.SendAsync("١٧/٠٥/١٩٩٠");
        Assert.Equal("person", resident.Expecting);
        await resident.SendAsync("Adam Alnasser، ۲۵/۰۵/۲۰۱۵");
        Assert.Equal("email", resident.Expecting);
        await resident.SendAsync("digits.ar@example.org");
        await resident.SendAsync("٠١٥١ ٢٣٤٥٦٧٨٩");
        Assert.Equal("confirm", resident.Expecting);
        await resident.SendAsync("نعم");

        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var appointment = await db.Appointments.Include(a => a.Companions).SingleAsync(a => a.Email == "digits.ar@example.org");
        Assert.Equal(2, appointment.Persons);
        Assert.Equal(offered[1].Start, appointment.Start);
        Assert.Equal(new DateOnly(1990, 5, 17), appointment.BirthDate);
        Assert.Equal(new DateOnly(2015, 5, 25), Assert.Single(appointment.Companions).BirthDate);
        Assert.Contains("23456789", appointment.Phone);
    }

    private ServiceCatalog Catalog => _factory.Services.GetRequiredService<ServiceCatalog>();

    private static string? ExpectingOf(IMessageActivity reply) => reply.ChannelData is JObject data ? data["expecting"]?.ToString() : null;

    /// <summary>Sends each message in turn and returns the replies to the last one.</summary>
    private async Task<IReadOnlyList<IMessageActivity>> BookAsync(string locale, string conversation, string[] messages)
    {
        var resident = new ConversationDriver(_factory.Services, conversation, locale);
        IReadOnlyList<IMessageActivity> replies = [];
        foreach (var message in messages)
        {
            replies = await resident.SendAsync(message);
        }

        return replies;
    }
}
