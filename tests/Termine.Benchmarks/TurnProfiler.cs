using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Termine.Bot.Dialogs.Understanding;

namespace Termine.Benchmarks;

/// <summary>
/// Issue 5, `-- --profile-turns [turns]`: where a warm turn's time goes and what a cold host does before its first
/// answer. Not a BenchmarkDotNet run: plain loops in this process, for explaining the figures.
/// <list type="number">
/// <item>Cold, in this fresh process: building the host's services, creating and migrating a new database, the first
/// turn ("Hello"), the next turns, and the date recognizers' warm-up (RecognizerWarmUp's work), each timed once.</item>
/// <item>Warm: the three turns of <see cref="WarmTurnBenchmarks"/> with each state store, after as many warm-up turns
/// as the benchmark makes; EF Core's diagnostic events time every SQL command (reading its rows included) and every
/// commit, the rest is .NET work.</item>
/// </list>
/// </summary>
public static class TurnProfiler
{
    /// <param name="turns">Measured warm turns of each kind.</param>
    /// <param name="coldOnly">Only the cold part (it needs a fresh process, so one variant per run).</param>
    /// <param name="warmUpAtStart">
    /// Runs the recognizers' warm-up on a thread-pool thread from the moment the services are built, as the host's
    /// RecognizerWarmUp does, so that the cold part shows what it does to the first turn on this machine.
    /// </param>
    public static async Task RunAsync(int turns, bool coldOnly, bool warmUpAtStart)
    {
        using var events = new CommandTimes();
        using var subscription = DiagnosticListener.AllListeners.Subscribe(events);
        await ColdAsync(events, warmUpAtStart);
        if (coldOnly)
        {
            return;
        }

        await BenchmarkDatabase.EnsureTemplateAsync();
        foreach (var store in new[] { StateStore.Sqlite, StateStore.Memory })
        {
            await WarmAsync(store, turns, events);
        }
    }

    private static async Task ColdAsync(CommandTimes events, bool warmUpAtStart)
    {
        Console.WriteLine(warmUpAtStart
            ? "Cold, once each, in this process, the recognizers' warm-up running alongside from the moment the services are built:"
            : "Cold, once each, in this process (nothing of the host was used before), no warm-up alongside:");
        var file = BenchmarkDatabase.NewFile("cold");
        var pickup = Path.Combine(BenchmarkDatabase.Folder, $"pickup-cold-{Environment.ProcessId}");
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;

        void Step(string what)
        {
            var now = Process.GetCurrentProcess().TotalProcessorTime;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {watch.Elapsed.TotalMilliseconds,8:F0} ms  (CPU {(now - cpu).TotalMilliseconds,6:F0} ms, SQL {events.Total,6:F0} ms)  {what}"));
            events.Clear();
            cpu = now;
            watch.Restart();
        }

        Task warmUp = Task.CompletedTask;
        var warmUpWatch = new Stopwatch();
        await using (var host = await BotHost.StartAsync(file, pickup, StateStore.Sqlite, step =>
        {
            if (step == "built")
            {
                Step("services built (WebApplication.CreateBuilder, AddTermine, Build)");
                if (warmUpAtStart)
                {
                    warmUpWatch.Start();
                    warmUp = Task.Run(() =>
                    {
                        new DateWishParser().WarmUp();
                        warmUpWatch.Stop();
                    });
                }
            }
            else
            {
                Step("both databases created and migrated (PrepareAsync)");
            }
        }))
        {
            var conversation = new BenchmarkConversation(host.Services, "cold-1", "en-GB");
            await conversation.SayAsync("Hello");
            Step("the first turn, \"Hello\" (welcome, service question)");
            await conversation.SayAsync("my residence permit expires soon");
            Step("the second turn (service understood, persons question)");
            await conversation.SayAsync("1");
            Step("the third turn (date question)");
            await conversation.SayAsync(WarmTurnBenchmarks.DateWish);
            Step("the fourth turn, \"next Tuesday morning\" (first date recognition in English, slot search)");
            var other = new BenchmarkConversation(host.Services, "cold-2", "en-GB");
            await other.SayAsync("Hello");
            Step("a second conversation's first turn, \"Hello\"");
            if (warmUpAtStart)
            {
                await warmUp;
                Step($"waited for the warm-up alongside, which took {warmUpWatch.Elapsed.TotalMilliseconds:F0} ms from its start");
            }
            else
            {
                new DateWishParser().WarmUp();
                Step("DateWishParser.WarmUp() (what RecognizerWarmUp runs in the background at start; English already warm)");
            }
        }

        BenchmarkDatabase.Delete(file);
        if (Directory.Exists(pickup))
        {
            Directory.Delete(pickup, recursive: true);
        }

        Console.WriteLine();
    }

    private static async Task WarmAsync(StateStore store, int turns, CommandTimes events)
    {
        var file = await BenchmarkDatabase.CopyOfTemplateAsync($"profile-turn-{store}".ToLowerInvariant());
        var pickup = Path.Combine(BenchmarkDatabase.Folder, $"pickup-profile-{Environment.ProcessId}");
        await using (var host = await BotHost.StartAsync(file, pickup, store))
        {
            var conversation = new BenchmarkConversation(host.Services, $"profile-{store}", "en-GB");
            foreach (var text in new[] { "Hello", "my residence permit expires soon", "1" })
            {
                await conversation.SayAsync(text);
            }

            var anotherDay = Termine.Bot.Dialogs.DialogTexts.Texts["Slots.Other", "en"];
            foreach (var (name, text) in new[]
            {
                ("'help' at the date question", WarmTurnBenchmarks.Help),
                ("not a date -> asked again", WarmTurnBenchmarks.NotADate),
                ("date wish -> slots offered", WarmTurnBenchmarks.DateWish),
            })
            {
                var elapsed = 0.0;
                var inSql = new Dictionary<string, (int Count, double Milliseconds)>();
                for (var i = -ConversationBenchmarkConfigBase.WarmupIterations; i < turns; i++)
                {
                    if (conversation.Expecting == "slot")
                    {
                        await conversation.SayAsync(anotherDay);
                    }

                    await WaitForTranscriptAsync(host);
                    events.Clear();
                    var watch = Stopwatch.StartNew();
                    await conversation.SendAsync(text);
                    var took = watch.Elapsed.TotalMilliseconds;
                    conversation.TakeReplies();
                    if (conversation.Expecting is not ("date" or "slot"))
                    {
                        throw new InvalidOperationException($"'{text}' ended expecting '{conversation.Expecting}'.");
                    }

                    if (i >= 0)
                    {
                        elapsed += took;
                        foreach (var (what, value) in events.Snapshot())
                        {
                            inSql[what] = inSql.TryGetValue(what, out var sum) ? (sum.Count + value.Count, sum.Milliseconds + value.Milliseconds) : value;
                        }
                    }
                }

                Console.WriteLine();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{store}, {name}: {elapsed / turns:F3} ms per turn (mean of {turns})"));
                var database = 0.0;
                foreach (var (what, (count, milliseconds)) in inSql.OrderByDescending(e => e.Value.Milliseconds))
                {
                    database += milliseconds / turns;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {milliseconds / turns,8:F3} ms  {(double)count / turns,5:F1}x  {what}"));
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {elapsed / turns - database,8:F3} ms         outside SQL commands and commits"));
            }
        }

        BenchmarkDatabase.Delete(file);
        if (Directory.Exists(pickup))
        {
            Directory.Delete(pickup, recursive: true);
        }
    }

    /// <summary>A turn's transcript writes may still run after it; they must not be counted in the next turn.</summary>
    private static async Task WaitForTranscriptAsync(BotHost host)
    {
        var before = -1L;
        while (host.Transcripts.Written != before)
        {
            before = host.Transcripts.Written;
            await Task.Delay(1);
        }
    }

    /// <summary>Adds up EF Core's timed events per SQL text (shortened) and per commit (as <see cref="Profiler"/> does).</summary>
    private sealed class CommandTimes : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly ConcurrentDictionary<string, (int Count, double Milliseconds)> _times = new();
        private readonly List<IDisposable> _subscriptions = [];

        public double Total => _times.Values.Sum(t => t.Milliseconds);

        public void Clear() => _times.Clear();

        public IReadOnlyDictionary<string, (int Count, double Milliseconds)> Snapshot() => new Dictionary<string, (int, double)>(_times);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Add(listener.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            switch (value.Value)
            {
                case DataReaderDisposingEventData reader:
                    Add("query (rows read): " + Shorten(reader.Command.CommandText), reader.Duration);
                    break;
                case CommandExecutedEventData executed when executed.ExecuteMethod != DbCommandMethod.ExecuteReader:
                    Add("command: " + Shorten(executed.Command.CommandText), executed.Duration);
                    break;
                case TransactionEndEventData ended:
                    Add("transaction: " + value.Key[(value.Key.LastIndexOf('.') + 1)..], ended.Duration);
                    break;
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }
        }

        private void Add(string what, TimeSpan duration) =>
            _times.AddOrUpdate(what, (1, duration.TotalMilliseconds), (_, t) => (t.Count + 1, t.Milliseconds + duration.TotalMilliseconds));

        private static string Shorten(string sql)
        {
            var line = string.Join(' ', sql.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
            return line.Length <= 100 ? line : line[..100] + "…";
        }
    }
}
