using Termine.Booking.Localization;
using Termine.Testing.Conversations;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.WebBooking;

/// <summary>Who asks the chat for a person also learns that a form books without chatting, at its address.</summary>
public sealed class ChatWebBookingLinkTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private TermineFactory _factory = null!;

    public ChatWebBookingLinkTests(TestDatabase database) => _database = database;

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(_database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("de-DE", "Kann ich mit einem Mitarbeiter sprechen?")]
    [InlineData("en-GB", "Can I talk to someone, please?")]
    [InlineData("fr-FR", "Je voudrais parler à quelqu’un.")]
    [InlineData("tr-TR", "Bir görevliyle konuşmak istiyorum")]
    [InlineData("ar-SA", "أريد التحدث مع موظف")]
    [InlineData("ru-RU", "Можно поговорить с сотрудником?")]
    [InlineData("uk-UA", "Можна поговорити з працівником?")]
    public async Task AskingForAPerson_AlsoGivesTheWebBookingsAddress_InTheLanguage(string locale, string question)
    {
        var resident = new ConversationDriver(_factory.Services, $"person-web-{locale}", locale);

        var replies = await resident.SendAsync(question);

        var answer = Assert.Single(replies, r => (r.Text ?? "").Contains("02181 601-0", StringComparison.Ordinal));
        Assert.EndsWith($"http://localhost/termin?lang={locale[..2]}", Bidi.Strip(answer.Text), StringComparison.Ordinal);
        // A voice says where to go, not "the link in the e-mail".
        Assert.Contains("localhost/termin", answer.Speak, StringComparison.Ordinal);
    }
}
