using System.Net;
using Termine.Testing.Databases;
using Termine.Testing.DirectLine;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.DirectLine;

/// <summary>
/// Two hosts on one database, sharing the secret: either answers a poll, and a stream on one host receives what a turn
/// on the other stored — at once through PostgreSQL's LISTEN/NOTIFY, and on any database at the next keep-alive.
/// </summary>
public sealed class DirectLineMultiHostTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private TermineFactory _hostA = null!;
    private TermineFactory _hostB = null!;
    private DirectLineTestClient _clientA = null!;
    private DirectLineTestClient _clientB = null!;

    public DirectLineMultiHostTests(TestDatabase database) => _database = database;

    public Task InitializeAsync()
    {
        _hostA = new TermineFactory(_database, DirectLineTestClient.Settings());
        _clientA = new DirectLineTestClient(_hostA.CreateClient());
        _hostB = new TermineFactory(_database, DirectLineTestClient.Settings());
        _clientB = new DirectLineTestClient(_hostB.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _hostA.DisposeAsync();
        await _hostB.DisposeAsync();
    }

    [Fact]
    public async Task TokenFromOneHost_PostOnTheOther_PollOnTheFirst_SeesEchoAndWelcome()
    {
        var (conversationId, token, _) = await _clientA.ConnectAsync();

        var id = await _clientB.PostActivityAsync(conversationId, token, DirectLineTestClient.Event("webchat/join"));

        var (activities, _) = await _clientA.PollAsync(conversationId, token);
        Assert.Equal(id, activities[0]!["id"]!.GetValue<string>());
        Assert.Equal("service", activities[^1]!["channelData"]!["expecting"]!.GetValue<string>());
    }

    [PostgresFact]
    public async Task StreamOnOneHost_ReceivesAtOnceWhatATurnOnTheOtherStored()
    {
        var (conversationId, token, _) = await _clientA.ConnectAsync();
        await using var stream = await StreamClient.ConnectAsync(_hostA.Server, await StreamUrlAsync(_clientA, conversationId, token));

        var id = await _clientB.PostActivityAsync(conversationId, token, DirectLineTestClient.Event("webchat/join"));

        await stream.WaitForAsync(a => a["id"]!.GetValue<string>() == id);
        await stream.WaitForAsync(a => a["channelData"]?["expecting"]?.GetValue<string>() == "service");
    }

    [Fact]
    public async Task StreamOnOneHost_CatchesUpAtItsKeepAlive_WithoutANotice()
    {
        var (conversationId, token, _) = await _clientA.ConnectAsync();
        await using var stream = await StreamClient.ConnectAsync(_hostA.Server, await StreamUrlAsync(_clientA, conversationId, token));

        var id = await _clientB.PostActivityAsync(conversationId, token, DirectLineTestClient.Event("webchat/join"));

        await stream.WaitForAsync(a => a["id"]!.GetValue<string>() == id, () => _hostA.Time.Advance(TimeSpan.FromSeconds(5)));
    }

    private static async Task<string> StreamUrlAsync(DirectLineTestClient client, string conversationId, string token)
    {
        var (status, body) = await client.CallAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}", token);
        Assert.Equal(HttpStatusCode.OK, status);
        return body["streamUrl"]!.GetValue<string>();
    }
}
