using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Termine.Testing.Databases;
using Termine.Testing.Waiting;

namespace Termine.Bot.Tests.State;

public sealed class EfTranscriptStoreTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task TranscriptLoggerMiddleware_LogsEveryActivity_ReadBackInPagesOf20()
    {
        await using var host = await BotStateHost.StartAsync(database);
        var store = host.Get<ITranscriptStore>();
        var conversationId = $"conversation-{Guid.NewGuid():N}";
        var adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId, "resident", "termine")).Use(new TranscriptLoggerMiddleware(store));

        for (var i = 1; i <= 15; i++)
        {
            var n = i;
            await adapter.SendTextToBotAsync($"Frage {n}", (turn, ct) => turn.SendActivityAsync($"Antwort {n}", cancellationToken: ct), CancellationToken.None);
        }

        var pages = await WaitForPagesAsync(store, "test", conversationId, pages => pages.Sum(p => p.Items.Length) == 30);
        Assert.Equal([20, 10], pages.Select(p => p.Items.Length));
        Assert.NotNull(pages[0].ContinuationToken);
        Assert.Null(pages[1].ContinuationToken);
        var activities = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(
            Enumerable.Range(1, 15).SelectMany(n => new[] { $"Frage {n}", $"Antwort {n}" }),
            activities.Select(a => a.AsMessageActivity().Text));
        Assert.Equal(
            Enumerable.Range(1, 15).SelectMany(_ => new[] { "resident", "termine" }),
            activities.Select(a => a.From.Id));
        Assert.All(activities, a => Assert.Equal(conversationId, a.Conversation.Id));
        Assert.All(activities, a => Assert.Equal(TimeSpan.Zero, a.Timestamp!.Value.Offset));
    }

    [Fact]
    public async Task UpdatedAndDeletedMessages_AreRewrittenInPlace_AsTheSdkStoreDoes()
    {
        await using var host = await BotStateHost.StartAsync(database);
        var store = host.Get<ITranscriptStore>();
        var conversationId = $"conversation-{Guid.NewGuid():N}";
        var adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId, "resident", "termine")).Use(new TranscriptLoggerMiddleware(store));

        await adapter.SendTextToBotAsync("ändern", async (turn, ct) =>
        {
            var sent = await turn.SendActivityAsync("Entwurf", cancellationToken: ct);
            var update = MessageFactory.Text("Endfassung");
            update.Id = sent.Id;
            await turn.UpdateActivityAsync(update, ct);
        }, CancellationToken.None);
        await adapter.SendTextToBotAsync("löschen", async (turn, ct) =>
        {
            var sent = await turn.SendActivityAsync("Versehen", cancellationToken: ct);
            await turn.DeleteActivityAsync(sent.Id, ct);
        }, CancellationToken.None);

        var pages = await WaitForPagesAsync(store, "test", conversationId, pages =>
            pages[0].Items is [_, { Type: ActivityTypes.Message } edited, _, { Type: ActivityTypes.MessageDelete }]
            && edited.AsMessageActivity().Text == "Endfassung");
        var activities = pages.Single().Items;
        Assert.Equal(new string?[] { "ändern", "Endfassung", "löschen", null }, activities.Select(a => a.AsMessageActivity()?.Text));
        Assert.Equal("deleted", activities[3].From.Id);
        Assert.Equal("deleted", activities[3].Recipient.Id);
        Assert.True(activities[1].Timestamp <= activities[2].Timestamp);
    }

    [Fact]
    public async Task ListTranscriptsAsync_PagesTheChannelsConversationsByWhenTheyBegan()
    {
        await using var host = await BotStateHost.StartAsync(database);
        var store = host.Get<ITranscriptStore>();
        var channelId = $"channel-{Guid.NewGuid():N}";
        // Logged out of order; the 20th and 21st begin at the same moment, on either side of the page break.
        var began = Enumerable.Range(1, 25).ToDictionary(n => $"c{n:00}", n => Morning.AddMinutes(n == 21 ? 20 : n));
        foreach (var (conversationId, at) in began.Reverse())
        {
            await store.LogActivityAsync(Logged(channelId, conversationId, at, "Hallo"));
        }

        await store.LogActivityAsync(Logged(channelId, "c05", Morning.AddHours(5), "später"));
        await store.LogActivityAsync(Logged($"other-{channelId}", "c99", Morning, "anderer Kanal"));

        var first = await store.ListTranscriptsAsync(channelId);
        var second = await store.ListTranscriptsAsync(channelId, first.ContinuationToken);

        Assert.Equal(began.Keys.Take(20), first.Items.Select(t => t.Id));
        Assert.Equal("c20", first.ContinuationToken);
        Assert.Equal(began.Keys.Skip(20), second.Items.Select(t => t.Id));
        Assert.Null(second.ContinuationToken);
        Assert.All(first.Items.Concat(second.Items), t =>
        {
            Assert.Equal(channelId, t.ChannelId);
            Assert.Equal(began[t.Id], t.Created);
            Assert.Equal(TimeSpan.Zero, t.Created.Offset);
        });
    }

    [Fact]
    public async Task GetTranscriptActivitiesAsync_FromAStartDate_LeavesOutEarlierActivities_AndDeleteRemovesTheTranscript()
    {
        await using var host = await BotStateHost.StartAsync(database);
        var store = host.Get<ITranscriptStore>();
        var channelId = $"channel-{Guid.NewGuid():N}";
        for (var minute = 0; minute < 3; minute++)
        {
            await store.LogActivityAsync(Logged(channelId, "gone", Morning.AddMinutes(minute), $"Minute {minute}"));
        }

        await store.LogActivityAsync(Logged(channelId, "kept", Morning, "bleibt"));

        var fromMinuteOne = await store.GetTranscriptActivitiesAsync(channelId, "gone", startDate: Morning.AddMinutes(1).ToOffset(TimeSpan.FromHours(-5)));
        await store.DeleteTranscriptAsync(channelId, "gone");

        Assert.Equal(["Minute 1", "Minute 2"], fromMinuteOne.Items.Select(a => a.AsMessageActivity().Text));
        Assert.Empty((await store.GetTranscriptActivitiesAsync(channelId, "gone")).Items);
        Assert.Equal(["kept"], (await store.ListTranscriptsAsync(channelId)).Items.Select(t => t.Id));
    }

    private static Activity Logged(string channelId, string conversationId, DateTimeOffset at, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = channelId,
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount(id: "resident", role: RoleTypes.User),
        Recipient = new ChannelAccount(id: "termine", role: RoleTypes.Bot),
        Timestamp = at,
        Text = text,
    };

    /// <summary>The middleware writes after the turn without waiting, so the test waits until the transcript is complete.</summary>
    private static async Task<List<PagedResult<IActivity>>> WaitForPagesAsync(
        ITranscriptStore store, string channelId, string conversationId, Func<List<PagedResult<IActivity>>, bool> complete)
    {
        return await Eventually.GetAsync(
            async () =>
            {
                var pages = new List<PagedResult<IActivity>> { await store.GetTranscriptActivitiesAsync(channelId, conversationId) };
                while (pages[^1].ContinuationToken is { } token)
                {
                    pages.Add(await store.GetTranscriptActivitiesAsync(channelId, conversationId, token));
                }

                return pages;
            },
            complete,
            because: $"the transcript of conversation {conversationId} to be complete");
    }
}
