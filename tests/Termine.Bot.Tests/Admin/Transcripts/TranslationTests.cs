using System.Net;
using Termine.Bot.Admin.Access;
using Termine.Testing.Conversations;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Staff;

namespace Termine.Bot.Tests.Admin.Transcripts;

/// <summary>"Ins Deutsche übersetzen" against a stand-in shaped like Azure AI Translator v3.</summary>
public sealed class TranslationTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private TranslatorStandIn _translator = null!;
    private TermineFactory _factory = null!;

    public TranslationTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync()
    {
        _translator = await TranslatorStandIn.StartAsync();
        _factory = new TermineFactory(_database, new Dictionary<string, string?>
        {
            ["Termine:Translator:Enabled"] = "true",
            ["Termine:Translator:Endpoint"] = _translator.Endpoint.ToString(),
            ["Termine:Translator:Key"] = TranslatorStandIn.Key,
            ["Termine:Translator:Region"] = TranslatorStandIn.Region,
        });
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _translator.DisposeAsync();
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, "DE: مرحبا &lt;b&gt;")]
    [InlineData(HttpStatusCode.Unauthorized, "Anmeldung abgelehnt")]
    [InlineData(HttpStatusCode.TooManyRequests, "ausgelastet")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "Störung")]
    public async Task Translate_ShowsTheGermanText_OrSaysWhatWentWrong(HttpStatusCode answer, string expected)
    {
        var conversationId = $"translate-{(int)answer}-{Guid.NewGuid():N}";
        var resident = new ConversationDriver(_factory.Services, conversationId, "ar-SA");
        await resident.SendAsync("مرحبا <b>");
        await ChatBooking.SummaryAsync(_factory, "webchat", conversationId, s => s.ActivityCount >= 2);
        using var staff = await StaffSession.SignInAsync(_factory, "servicepoint", StaffRole.Staff);
        _translator.Answer = answer;
        var path = $"/admin/transcripts/webchat/{conversationId}";

        var response = await staff.PostFormAsync(path + "?handler=Translate", [], formPage: path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Null(_translator.LastProblem);
        Assert.Contains(expected, page);
        Assert.Contains("Ins Deutsche übersetzen", page);
        Assert.True(_translator.Requests >= 1);
    }
}
