using Termine.Bot.Dialogs;
using Termine.Testing.Conversations;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Dialogs.Waitlist;

/// <summary>The waiting list in the chat: asked for midway in any of the seven languages, and its join answers.</summary>
public sealed class WaitlistChatTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly string[] Languages = ["de", "en", "fr", "tr", "ar", "ru", "uk"];
    private readonly TestDatabase _database;
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private TermineFactory _factory = null!;

    public WaitlistChatTests(TestDatabase database) => _database = database;

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
    [InlineData("de-DE", "Warteliste")]
    [InlineData("de-DE", "Können Sie mich auf die Warteliste setzen?")]
    [InlineData("en-GB", "put me on the waiting list")]
    [InlineData("en-GB", "Is there a waitlist?")]
    [InlineData("fr-FR", "Je voudrais être sur la liste d’attente")]
    [InlineData("fr-FR", "liste d'attente svp")]
    [InlineData("tr-TR", "Beni bekleme listesine ekleyin")]
    [InlineData("tr-TR", "bekleme listesi var mı")]
    [InlineData("ar-SA", "أريد التسجيل في قائمة الانتظار")]
    [InlineData("ar-SA", "قائمة انتظار")]
    [InlineData("ru-RU", "Запишите меня в лист ожидания")]
    [InlineData("ru-RU", "Есть список ожидания?")]
    [InlineData("uk-UA", "Внесіть мене до списку очікування")]
    [InlineData("uk-UA", "Чи є черга очікування?")]
    public async Task WaitingList_MidwayThroughABooking_KeepsServiceAndPersonsAndAsksForTheWindow(string locale, string words)
    {
        var resident = new ConversationDriver(_factory.Services, $"waitlist-midway-{Guid.NewGuid():N}", locale);
        await resident.SendAsync("Hello");
        await resident.SendAsync("extend my residence permit");
        await resident.SendAsync("1");
        Assert.Equal("date", resident.Expecting);

        var replies = await resident.SendAsync(words);

        var windowQuestions = Languages.Select(l => DialogTexts.Texts["Waitlist.Window.Ask", l]).ToList();
        Assert.Contains(replies, r => windowQuestions.Contains(r.Text));
        Assert.Equal("date", resident.Expecting);
    }

    [Fact]
    public async Task Joining_WhileSlotsAreFree_OffersThemInstead()
    {
        var resident = new ConversationDriver(_factory.Services, $"waitlist-free-{Guid.NewGuid():N}", "de-DE");
        await resident.SendAsync("Hallo");
        await resident.SendAsync("Aufenthaltserlaubnis verlängern");
        await resident.SendAsync("1");
        await resident.SendAsync("Warteliste");
        await resident.SendAsync("Jederzeit");
        Assert.Equal("name", resident.Expecting);
        await resident.SendAsync("Anna Schmidt");
        await resident.SendAsync("17.05.1990");
        await resident.SendAsync("anna.warteliste@example.org");
        Assert.Equal(DialogTexts.Texts["Waitlist.Permit.Ask", "de"], resident.Last?.Text);
        await resident.SendAsync("Überspringen");
        Assert.Equal("confirm", resident.Expecting);
        Assert.Contains("anna.warteliste@example.org", resident.Last?.Text, StringComparison.Ordinal);

        var replies = await resident.SendAsync("Ja");

        Assert.Contains(replies, r => r.Text == DialogTexts.Texts["Waitlist.SlotsFree", "de"]);
        Assert.Equal("slot", resident.Expecting);
        Assert.NotEmpty(resident.OfferedSlots);
    }
    [Theory]
    [InlineData("de-DE", "de", "Aufenthaltserlaubnis verlängern", "Warteliste", "Samstag", "Anna Schmidt")]
    [InlineData("ar-SA", "ar", "تمديد تصريح الإقامة", "قائمة الانتظار", "السبت", "أمينة حداد")]
    [InlineData("uk-UA", "uk", "хочу продовжити посвідку на проживання", "список очікування", "субота", "Олена Коваль")]
    public async Task Joining_ForAWindowWithNothingFree_GivesTheWaitingReference_AndASecondJoinIsAlreadyWaiting(
        string locale, string language, string service, string words, string window, string name)
    {
        var email = $"join-{language}@example.org";
        var first = await JoinAsync($"waitlist-join-{language}", locale, language, service, words, window, name, email);

        var joined = Assert.Single(first, r => r.Text?.Contains("W-", StringComparison.Ordinal) == true).Text!;
        Assert.Matches("W-[A-Z3-9]{4}-[A-Z3-9]{4}", joined);
        Assert.Contains(email, joined, StringComparison.Ordinal);

        var second = await JoinAsync($"waitlist-again-{language}", locale, language, service, words, window, name, email);

        Assert.Contains(second, r => r.Text == DialogTexts.Texts["Waitlist.AlreadyWaiting", language]);
    }

    private async Task<IReadOnlyList<Microsoft.Bot.Schema.IMessageActivity>> JoinAsync(
        string conversation, string locale, string language, string service, string words, string window, string name, string email)
    {
        var resident = new ConversationDriver(_factory.Services, conversation, locale);
        await resident.SendAsync(service);
        await resident.SendAsync("1");
        await resident.SendAsync(words);
        Assert.Equal(DialogTexts.Texts["Waitlist.Window.Ask", language], resident.Last?.Text);
        await resident.SendAsync(window);
        Assert.Equal("name", resident.Expecting);
        await resident.SendAsync(name);
        await resident.SendAsync("17.05.1990");
        await resident.SendAsync(email);
        await resident.SendAsync(DialogTexts.Texts["Waitlist.Skip", language]);
        Assert.Equal("confirm", resident.Expecting);
        return await resident.SendAsync(DialogTexts.Texts["Yes", language]);
    }
}
