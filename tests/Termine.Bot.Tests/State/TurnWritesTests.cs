using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence.Writes;
using Termine.Bot.State;
using Termine.Testing.Databases;

namespace Termine.Bot.Tests.State;

/// <summary>Within a turn the stores only collect; the turn's commit writes all of it, or none of it.</summary>
public sealed class TurnWritesTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task InATurn_StateTranscriptAndOutcome_AreStoredOnlyByTheCommit()
    {
        await using var host = await BotStateHost.StartAsync(database);
        var storage = host.NewStorage();
        var transcript = host.Get<ITranscriptStore>();
        var summaries = host.Get<ConversationSummaries>();
        var conversationId = $"turn-{Guid.NewGuid():N}";
        var key = $"test/conversations/{conversationId}";
        var turn = new TurnWrites();

        using (turn.Enter())
        {
            await storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "after the turn" } }, None);
            await transcript.LogActivityAsync(Message(conversationId, "user"));
            await transcript.LogActivityAsync(Message(conversationId, "bot"));
            await summaries.RecordOutcomeAsync("test", conversationId, ConversationOutcome.AskedForPerson, null, None);

            Assert.Empty(await storage.ReadAsync([key], None));
            Assert.Equal(0, await CountAsync(host, conversationId));
            await turn.CommitAsync(host.Get<DatabaseWrites<BotDbContext>>(), None);
        }

        Assert.Equal("after the turn", ((Note)(await storage.ReadAsync([key], None))[key]).Text);
        Assert.Equal(2, await CountAsync(host, conversationId));
        await using var db = await host.Contexts.CreateDbContextAsync();
        var summary = await db.ConversationSummaries.SingleAsync(s => s.ConversationId == conversationId);
        Assert.Equal(2, summary.ActivityCount);
        Assert.Equal(ConversationOutcome.AskedForPerson, summary.Outcome);
    }

    [Fact]
    public async Task InATurn_AStaleETag_FailsTheCommit_AndNothingOfTheTurnIsStored()
    {
        await using var host = await BotStateHost.StartAsync(database);
        var storage = host.NewStorage();
        var conversationId = $"turn-{Guid.NewGuid():N}";
        var key = $"test/conversations/{conversationId}";
        var note = new Note { Text = "first" };
        await storage.WriteAsync(new Dictionary<string, object> { [key] = note }, None);
        var stale = note.ETag;
        note.Text = "second";
        await storage.WriteAsync(new Dictionary<string, object> { [key] = note }, None);
        var turn = new TurnWrites();

        using (turn.Enter())
        {
            await host.Get<ITranscriptStore>().LogActivityAsync(Message(conversationId, "user"));
            await storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "stale", ETag = stale } }, None);
            var conflict = await Assert.ThrowsAsync<ArgumentException>(() => turn.CommitAsync(host.Get<DatabaseWrites<BotDbContext>>(), None));
            Assert.StartsWith("Etag conflict.", conflict.Message);
        }

        Assert.Equal("second", ((Note)(await storage.ReadAsync([key], None))[key]).Text);
        Assert.Equal(0, await CountAsync(host, conversationId));
    }

    [Fact]
    public async Task AFailedTurn_DropsItsStateAndTranscript_AndKeepsItsOutcome()
    {
        await using var host = await BotStateHost.StartAsync(database);
        var storage = host.NewStorage();
        var conversationId = $"turn-{Guid.NewGuid():N}";
        var key = $"test/conversations/{conversationId}";
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "before" } }, None);
        var turn = new TurnWrites();

        using (turn.Enter())
        {
            await storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "half a turn" } }, None);
            await host.Get<ITranscriptStore>().LogActivityAsync(Message(conversationId, "user"));
            await host.Get<ConversationSummaries>().RecordOutcomeAsync("test", conversationId, ConversationOutcome.Booked, Guid.NewGuid(), None);
            turn.Fail();
            await turn.CommitAsync(host.Get<DatabaseWrites<BotDbContext>>(), None);
        }

        Assert.Equal("before", ((Note)(await storage.ReadAsync([key], None))[key]).Text);
        Assert.Equal(0, await CountAsync(host, conversationId));
        await using var db = await host.Contexts.CreateDbContextAsync();
        Assert.Equal(ConversationOutcome.Booked, (await db.ConversationSummaries.SingleAsync(s => s.ConversationId == conversationId)).Outcome);
    }

    private static async Task<int> CountAsync(BotStateHost host, string conversationId)
    {
        await using var db = await host.Contexts.CreateDbContextAsync();
        return await db.TranscriptActivities.CountAsync(a => a.ConversationId == conversationId);
    }

    private static Activity Message(string conversationId, string role) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "test",
        Id = Guid.NewGuid().ToString("N"),
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount(id: role, role: role),
        Recipient = new ChannelAccount(id: "other"),
        Text = "Termin",
        Locale = "de-DE",
    };

    private sealed class Note : IStoreItem
    {
        public string? Text { get; set; }

        public string? ETag { get; set; }
    }
}
