using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Catalog;
using Termine.Bot.Channels.Telegram;
using Termine.Testing.Databases;

namespace Termine.Bot.Tests.Telegram;

/// <summary>Polling mode: no webhook, updates fetched with getUpdates and confirmed with the next offset.</summary>
public sealed class TelegramPollingTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const long ChatId = 7_300_000_001;

    private readonly TestDatabase _database;
    private TelegramHost _host = null!;

    public TelegramPollingTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() => _host = await TelegramHost.StartAsync(_database, TelegramMode.Polling);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Polling_OneExchange_AnsweredAndConfirmedWithTheNextOffset()
    {
        var resident = _host.Resident(ChatId, "en");
        using var client = _host.Factory.CreateClient();
        var update = resident.MessageUpdate("Hello");
        var updateId = update["update_id"]!.GetValue<int>();

        _host.Api.QueueUpdate(update);
        var question = await TelegramWebhookTests.WaitForAsync(() => _host.Api.CallsTo(ChatId).FirstOrDefault(c => c.Buttons.Count > 0));
        var confirmed = await TelegramWebhookTests.WaitForAsync(() =>
            _host.Api.Calls.FirstOrDefault(c => c.Method == "getUpdates" && c.Body["offset"]?.GetValue<int>() == updateId + 1));

        var serviceName = _host.Services.GetRequiredService<ServiceCatalog>().Find("residence-permit-extension")!.Name["en"];
        Assert.Contains(question.Buttons, b => b.Text == serviceName);
        var methods = _host.Api.Calls.Select(c => c.Method).ToList();
        Assert.True(methods.IndexOf("deleteWebhook") < methods.IndexOf("getUpdates"));
        Assert.DoesNotContain("setWebhook", methods);
        Assert.NotNull(confirmed);
        var webhook = await client.PostAsync("/" + TelegramEndpoints.WebhookPath, new StringContent("{}"));
        Assert.Equal(HttpStatusCode.NotFound, webhook.StatusCode);
    }
}
