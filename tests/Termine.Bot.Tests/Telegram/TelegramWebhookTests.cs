using System.Net;
using System.Text;
using Termine.Bot.Channels.Telegram;
using Termine.Testing.Databases;
using Termine.Testing.Waiting;

namespace Termine.Bot.Tests.Telegram;

/// <summary>The webhook takes only Telegram's calls, checks the secret before it reads anything, and answers each update once.</summary>
public sealed class TelegramWebhookTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const long ChatId = 7_200_000_001;

    private readonly TestDatabase _database;
    private TelegramHost _host = null!;

    public TelegramWebhookTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() => _host = await TelegramHost.StartAsync(_database);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string?, HttpStatusCode> ForgedSecrets => new()
    {
        { null, HttpStatusCode.Unauthorized },
        { "", HttpStatusCode.Unauthorized },
        { "webhook-Secret_012345678", HttpStatusCode.Forbidden },
        { TelegramHost.Secret + "0", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(ForgedSecrets))]
    public async Task Webhook_WithoutTheSecret_IsRefusedAndNothingIsProcessed(string? secret, HttpStatusCode expected)
    {
        var resident = _host.Resident(ChatId, "de");
        using var client = _host.Factory.CreateClient();

        var valid = await PostAsync(client, resident.MessageUpdate("Hallo").ToJsonString(), secret);
        var malformed = await PostAsync(client, "{ this is not an update", secret);

        Assert.Equal(expected, valid);
        Assert.Equal(expected, malformed);
        Assert.DoesNotContain(_host.Api.Calls, c => c.Method is "sendMessage" or "sendPhoto" or "answerCallbackQuery");
    }

    [Fact]
    public async Task Webhook_WithTheSecret_ReadsTheBodyOnlyThen()
    {
        using var client = _host.Factory.CreateClient();

        var status = await PostAsync(client, "{ this is not an update", TelegramHost.Secret);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Webhook_SameUpdateTwice_IsAnsweredOnce()
    {
        var resident = _host.Resident(ChatId + 1, "de");
        var update = resident.MessageUpdate("Hallo");

        var first = await resident.PostAsync(update);
        var repeated = await resident.PostAsync(update);

        Assert.NotEmpty(first);
        Assert.Empty(repeated);
    }

    [Fact]
    public async Task Webhook_IsRegisteredAtStartWithTheSecret()
    {
        using var client = _host.Factory.CreateClient();

        var registration = await WaitForAsync(() => _host.Api.Calls.FirstOrDefault(c => c.Method == "setWebhook"));

        Assert.Equal(TelegramHost.Secret, registration.Body["secret_token"]!.ToString());
        Assert.EndsWith("/" + TelegramEndpoints.WebhookPath, registration.Body["url"]!.ToString());
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, string body, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/" + TelegramEndpoints.WebhookPath)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add(TelegramEndpoints.SecretHeader, secret);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    internal static async Task<T> WaitForAsync<T>(Func<T?> probe) where T : class =>
        (await Eventually.GetAsync(() => Task.FromResult(probe()), found => found is not null, because: "the bot to call the Bot API"))!;
}
