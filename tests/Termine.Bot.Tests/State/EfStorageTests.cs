using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;
using Termine.Bot.State;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.State;

public sealed class EfStorageTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ConversationState_SavedBeforeARestart_IsReadBackTypedByTheNextHost()
    {
        var activity = Message($"conversation-{Guid.NewGuid():N}");
        var wish = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(1));
        await using (var before = await BotStateHost.StartAsync(database))
        {
            var state = new ConversationState(before.NewStorage());
            var turn = new TurnContext(new TestAdapter(), activity);
            await state.CreateProperty<Draft>("draft").SetAsync(turn, new Draft
            {
                ServiceId = "personalausweis",
                Persons = 2,
                Wish = wish,
                Step = DraftStep.ChoosingSlot,
                Offered = ["2026-12-01T09:30", "2026-12-01T10:00"],
            }, None);
            await state.CreateProperty<int>("turns").SetAsync(turn, 3, None);
            await state.SaveChangesAsync(turn, false, None);
        }

        await using var after = await BotStateHost.StartAsync(database);
        var restarted = new ConversationState(after.NewStorage());
        var nextTurn = new TurnContext(new TestAdapter(), activity);
        var draft = await restarted.CreateProperty<Draft>("draft").GetAsync(nextTurn, () => new Draft(), None);
        var turns = await restarted.CreateProperty<int>("turns").GetAsync(nextTurn, () => 0, None);

        Assert.Equal("personalausweis", draft.ServiceId);
        Assert.Equal(2, draft.Persons);
        Assert.Equal(wish, draft.Wish);
        Assert.Equal(wish.Offset, draft.Wish!.Value.Offset);
        Assert.Equal(DraftStep.ChoosingSlot, draft.Step);
        Assert.Equal(["2026-12-01T09:30", "2026-12-01T10:00"], draft.Offered);
        Assert.Equal(3, turns);
    }

    [Fact]
    public async Task WriteAsync_WithTheETagLastRead_WritesAndSetsANewETag()
    {
        await using var host = await BotStateHost.StartAsync(database);
        var storage = host.NewStorage();
        var key = NewKey();
        var note = new Note { Text = "first" };

        await storage.WriteAsync(Changes(key, note), None);
        var firstETag = note.ETag;
        var read = await ReadNoteAsync(storage, key);
        read!.Text = "second";
        host.Time.Advance(TimeSpan.FromMinutes(5));
        await storage.WriteAsync(Changes(key, read), None);

        Assert.False(string.IsNullOrEmpty(firstETag));
        Assert.NotEqual(firstETag, read.ETag);
        var stored = await ReadNoteAsync(storage, key);
        Assert.Equal("second", stored!.Text);
        Assert.Equal(read.ETag, stored.ETag);
        await using var db = await host.Contexts.CreateDbContextAsync();
        Assert.Equal(BookingHost.DefaultNow.AddMinutes(5), (await db.BotStateItems.SingleAsync(i => i.Key == key)).UpdatedAt);
    }

    [Fact]
    public async Task WriteAsync_WithAStaleETag_ThrowsAndKeepsWhatIsStored()
    {
        await using var host = await BotStateHost.StartAsync(database);
        var storage = host.NewStorage();
        var key = NewKey();
        var note = new Note { Text = "first" };
        await storage.WriteAsync(Changes(key, note), None);
        var staleETag = note.ETag;
        note.Text = "second";
        await storage.WriteAsync(Changes(key, note), None);

        var conflict = await Assert.ThrowsAsync<ArgumentException>(() =>
            storage.WriteAsync(Changes(key, new Note { Text = "stale", ETag = staleETag }), None));

        Assert.StartsWith("Etag conflict.", conflict.Message);
        Assert.Equal("second", (await ReadNoteAsync(storage, key))!.Text);
    }

    [Fact]
    public async Task WriteAsync_WithAnETagForAnItemThatIsGone_Throws()
    {
        await using var host = await BotStateHost.StartAsync(database);
        var storage = host.NewStorage();
        var key = NewKey();
        var note = new Note { Text = "first" };
        await storage.WriteAsync(Changes(key, note), None);
        await storage.DeleteAsync([key], None);

        await Assert.ThrowsAsync<ArgumentException>(() => storage.WriteAsync(Changes(key, note), None));

        Assert.Null(await ReadNoteAsync(storage, key));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("")]
    [InlineData(null)]
    public async Task WriteAsync_WithStarOrNoETag_OverwritesWhateverIsStored(string? eTag)
    {
        await using var host = await BotStateHost.StartAsync(database);
        var storage = host.NewStorage();
        var key = NewKey();
        var note = new Note { Text = "first" };
        await storage.WriteAsync(Changes(key, note), None);
        note.Text = "second";
        await storage.WriteAsync(Changes(key, note), None);

        var forced = new Note { Text = "forced", ETag = eTag };
        await storage.WriteAsync(Changes(key, forced), None);

        var stored = await ReadNoteAsync(storage, key);
        Assert.Equal("forced", stored!.Text);
        Assert.Equal(forced.ETag, stored.ETag);
        Assert.NotEqual(note.ETag, stored.ETag);
    }

    [Fact]
    public async Task WriteAsync_OneConflictInABatch_WritesNoneOfIt()
    {
        await using var host = await BotStateHost.StartAsync(database);
        var storage = host.NewStorage();
        var (fresh, contested) = (NewKey(), NewKey());
        var note = new Note { Text = "first" };
        await storage.WriteAsync(Changes(contested, note), None);
        var staleETag = note.ETag;
        await storage.WriteAsync(Changes(contested, note), None);

        await Assert.ThrowsAsync<ArgumentException>(() => storage.WriteAsync(new Dictionary<string, object>
        {
            [fresh] = new Note { Text = "fresh" },
            [contested] = new Note { Text = "stale", ETag = staleETag },
        }, None));

        Assert.Null(await ReadNoteAsync(storage, fresh));
    }

    [Fact]
    public async Task WriteAsync_ManyHostsWithTheSameETagAtOnce_ExactlyOneWins()
    {
        await using var first = await BotStateHost.StartAsync(database);
        await using var second = await BotStateHost.StartAsync(database);
        EfStorage[] storages = [first.NewStorage(), second.NewStorage()];
        const int writers = 8;

        for (var round = 0; round < 10; round++)
        {
            var key = NewKey();
            var seed = new Note { Text = "seed" };
            await storages[0].WriteAsync(Changes(key, seed), None);
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var attempts = Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
            {
                await start.Task;
                try
                {
                    await storages[i % storages.Length].WriteAsync(Changes(key, new Note { Text = $"writer {i}", ETag = seed.ETag }), None);
                    return i;
                }
                catch (ArgumentException)
                {
                    return -1;
                }
            })).ToList();
            start.SetResult();
            var results = await Task.WhenAll(attempts);

            var winner = Assert.Single(results, r => r >= 0);
            Assert.Equal($"writer {winner}", (await ReadNoteAsync(storages[1], key))!.Text);
        }
    }

    [Fact]
    public async Task WriteAsync_ManyHostsCreatingOneNewKeyWithoutETag_AllSucceedAndOneIsKept()
    {
        await using var first = await BotStateHost.StartAsync(database);
        await using var second = await BotStateHost.StartAsync(database);
        EfStorage[] storages = [first.NewStorage(), second.NewStorage()];
        var key = NewKey();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writes = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await start.Task;
            await storages[i % storages.Length].WriteAsync(Changes(key, new Note { Text = $"writer {i}" }), None);
        })).ToList();

        start.SetResult();
        await Task.WhenAll(writes);

        Assert.StartsWith("writer ", (await ReadNoteAsync(storages[0], key))!.Text);
    }

    [Fact]
    public async Task DeleteAsync_RemovesTheItems_AndIgnoresKeysThatAreNotThere()
    {
        await using var host = await BotStateHost.StartAsync(database);
        var storage = host.NewStorage();
        var (deleted, kept) = (NewKey(), NewKey());
        await storage.WriteAsync(new Dictionary<string, object>
        {
            [deleted] = new Note { Text = "deleted" },
            [kept] = new Note { Text = "kept" },
        }, None);

        await storage.DeleteAsync([deleted, NewKey()], None);

        var items = await storage.ReadAsync([deleted, kept], None);
        Assert.Equal([kept], items.Keys);
    }

    [Fact]
    public async Task LongKeys_AreStoredApart_AndReadAndDeletedByTheOriginalKey()
    {
        await using var host = await BotStateHost.StartAsync(database);
        var storage = host.NewStorage();
        var stem = $"msteams/conversations/{Guid.NewGuid():N}" + new string('x', 1500);
        var (endsInA, endsInB) = (stem + "a", stem + "b");
        // An emoji whose halves would be cut apart where a long key is shortened.
        var emoji = NewKey().PadRight(BotDbContext.MaxKeyLength - 66, 'y') + "😀" + new string('z', 200);
        var exact = NewKey().PadRight(BotDbContext.MaxKeyLength, 'w');
        string[] keys = [endsInA, endsInB, emoji, exact];
        await storage.WriteAsync(keys.ToDictionary(k => k, k => (object)new Note { Text = k[^20..] }), None);

        var items = await storage.ReadAsync(keys, None);
        await storage.DeleteAsync([endsInA], None);
        var afterDelete = await storage.ReadAsync(keys, None);

        Assert.All(keys, k => Assert.Equal(k[^20..], ((Note)items[k]).Text));
        Assert.Equal(keys.Skip(1).Order(), afterDelete.Keys.Order());
        await using var db = await host.Contexts.CreateDbContextAsync();
        Assert.All(await db.BotStateItems.Select(i => i.Key).ToListAsync(), k => Assert.True(k.Length <= BotDbContext.MaxKeyLength));
        Assert.True(await db.BotStateItems.AnyAsync(i => i.Key == exact));
    }

    [Fact]
    public async Task JObjects_RoundTripWithTheirETagChecked()
    {
        await using var host = await BotStateHost.StartAsync(database);
        var storage = host.NewStorage();
        var key = NewKey();
        await storage.WriteAsync(Changes(key, new JObject { ["text"] = "first" }), None);

        var read = (JObject)(await storage.ReadAsync([key], None))[key];
        var staleETag = (string?)read["eTag"];
        read["text"] = "second";
        await storage.WriteAsync(Changes(key, read), None);

        Assert.Equal("second", (string?)((JObject)(await storage.ReadAsync([key], None))[key])["text"]);
        await Assert.ThrowsAsync<ArgumentException>(() =>
            storage.WriteAsync(Changes(key, new JObject { ["text"] = "stale", ["eTag"] = staleETag }), None));
    }

    private static Activity Message(string conversationId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "test",
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount(id: "resident"),
        Recipient = new ChannelAccount(id: "termine"),
        Text = "Ich brauche einen Termin",
    };

    private static string NewKey() => $"test/conversations/{Guid.NewGuid():N}";

    private static Dictionary<string, object> Changes(string key, object value) => new() { [key] = value };

    private static async Task<Note?> ReadNoteAsync(IStorage storage, string key) =>
        (await storage.ReadAsync([key], None)).TryGetValue(key, out var item) ? (Note)item : null;

    private sealed class Note : IStoreItem
    {
        public string? Text { get; set; }

        public string? ETag { get; set; }
    }

    private enum DraftStep
    {
        ChoosingService,
        ChoosingSlot,
    }

    private sealed class Draft
    {
        public string? ServiceId { get; set; }

        public int Persons { get; set; }

        public DateTimeOffset? Wish { get; set; }

        public DraftStep Step { get; set; }

        public List<string> Offered { get; set; } = [];
    }
}
