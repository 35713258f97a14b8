using Termine.Testing.Databases;
using Termine.Testing.DirectLine;
using Termine.Testing.Hosts;


namespace Termine.Bot.Tests.DirectLine;

/// <summary>A restart between two posts loses nothing: the activities, the token and the conversation's place.</summary>
public sealed class DirectLineRestartTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Restart_BetweenPosts_KeepsActivitiesTokenAndDialog()
    {
        string conversationId, token, watermark;
        IReadOnlyList<string> before;
        await using (var first = new TermineFactory(database, DirectLineTestClient.Settings()))
        {
            var client = new DirectLineTestClient(first.CreateClient());
            (conversationId, token, _) = await client.ConnectAsync();
            await client.PostActivityAsync(conversationId, token, DirectLineTestClient.Event("webchat/join"));
            await client.PostActivityAsync(conversationId, token, DirectLineTestClient.Message("extend my residence permit"));
            var poll = await client.PollAsync(conversationId, token);
            before = poll.Activities.Select(a => a!.ToJsonString()).ToList();
            watermark = poll.Watermark;
        }

        await using var second = new TermineFactory(database, DirectLineTestClient.Settings());
        var again = new DirectLineTestClient(second.CreateClient());
        var history = await again.PollAsync(conversationId, token);
        var id = await again.PostActivityAsync(conversationId, token, DirectLineTestClient.Message("2"));
        var after = await again.PollAsync(conversationId, token, watermark);

        Assert.Equal(before, history.Activities.Select(a => a!.ToJsonString()));
        Assert.Equal($"{conversationId}|{int.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture) + 1:D7}", id);
        var asked = before[^1];
        var next = after.Activities[^1]!["channelData"]!["expecting"]!.GetValue<string>();
        Assert.Contains("\"expecting\":\"persons\"", asked);
        Assert.Equal("date", next);
    }
}
