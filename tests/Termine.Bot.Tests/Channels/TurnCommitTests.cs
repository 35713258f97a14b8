using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Termine.Bot.State;
using Termine.Bot.Tests.DirectLine;
using Termine.Testing.Conversations;
using Termine.Testing.Databases;
using Termine.Testing.DirectLine;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Channels;

/// <summary>
/// A turn writes everything it produces in one commit: counted on the bot's context through EF Core's diagnostic
/// events (transactions committed through EF Core, units joined to the SQLite write queue's transaction, and writes
/// outside any transaction), during one Direct Line turn and one turn through the Bot Framework pipeline.
/// </summary>
public sealed class TurnCommitTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private TermineFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(database, DirectLineTestClient.Settings());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task DirectLineTurn_CommitsOnce_EchoRepliesStateAndTranscriptTogether()
    {
        var client = new DirectLineTestClient(_factory.CreateClient());
        var (conversationId, token, _) = await client.ConnectAsync();
        await client.PostActivityAsync(conversationId, token, DirectLineTestClient.Event("webchat/join"));
        var logged = await TranscriptCountAsync(conversationId);
        using var commits = new BotCommits(DatabaseOf(_factory.Services));

        var id = await client.PostActivityAsync(conversationId, token, DirectLineTestClient.Message("Ich möchte meinen Aufenthaltstitel verlängern"));

        Assert.Equal(1, commits.Count);
        var (activities, _) = await client.PollAsync(conversationId, token);
        var echo = Assert.Single(activities, a => a!["id"]!.GetValue<string>() == id);
        var replies = activities.Where(a => a!["replyToId"]?.GetValue<string>() == id).ToList();
        Assert.NotEmpty(replies);
        Assert.True(activities.IndexOf(echo) < activities.IndexOf(replies[0]));
        Assert.Equal(logged + 1 + replies.Count, await TranscriptCountAsync(conversationId));
    }

    [Fact]
    public async Task BotFrameworkPipelineTurn_CommitsOnce()
    {
        var resident = new ConversationDriver(_factory.Services, $"commits-{Guid.NewGuid():N}", "de-DE", channelId: "msteams");
        await resident.SendAsync("Hallo");
        using var commits = new BotCommits(DatabaseOf(_factory.Services));

        var replies = await resident.SendAsync("Ich möchte meinen Aufenthaltstitel verlängern");

        Assert.NotEmpty(replies);
        Assert.Equal(1, commits.Count);
    }

    private async Task<int> TranscriptCountAsync(string conversationId)
    {
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await db.TranscriptActivities.CountAsync(a => a.ConversationId == conversationId);
    }

    private static string DatabaseOf(IServiceProvider services)
    {
        using var db = services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContext();
        return BotCommits.Name(db.Database.GetDbConnection());
    }

    /// <summary>Commits on the bot's context in one database, from EF Core's diagnostic events of every context in the process.</summary>
    private sealed class BotCommits : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _database;
        private readonly IDisposable _listeners;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public BotCommits(string database)
        {
            _database = database;
            _listeners = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Count => Volatile.Read(ref _count);

        public static string Name(DbConnection connection) => $"{connection.DataSource}/{connection.Database}";

        public void Dispose()
        {
            _listeners.Dispose();
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            var commit = value.Key == RelationalEventId.TransactionCommitted.Name
                || value.Key == RelationalEventId.TransactionUsed.Name
                || (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData { Command: { Transaction: null } command }
                    && !command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
                    && !command.CommandText.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase));
            if (commit && value.Value is DbContextEventData { Context: BotDbContext db } && Name(db.Database.GetDbConnection()) == _database)
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
