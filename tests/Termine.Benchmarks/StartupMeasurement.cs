using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Termine.Benchmarks;

/// <summary>
/// Issues 5 and 14, "-- --startup [runs] [--fresh | --migrated]": the time from starting the real host as a process of
/// its own (<c>dotnet bot/bin/Release/net10.0/Termine.Bot.dll</c>, build it in Release first) to the arrival of its
/// first reply, on a fresh SQLite file (created and migrated, as on a first start) and on a copy of a database an
/// earlier process already migrated (every later start); both by default. A message is posted to
/// <c>/api/messages</c> (channel "emulator", no token: <c>Termine:Bot:AllowUnauthenticated</c>) every
/// <see cref="PollInterval"/> until the host takes it; the replies come back to a small Bot Connector stand-in here,
/// at the activity's serviceUrl. Not a BenchmarkDotNet benchmark.
/// </summary>
public static class StartupMeasurement
{
    public const int DefaultRuns = 5;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <param name="runs">How many processes are started one after the other, for each kind of database.</param>
    /// <param name="databases">Which starts to measure: on a fresh database, on an already migrated one, or both.</param>
    /// <param name="host">Another build of the host to start (e.g. a ReadyToRun publish).</param>
    public static async Task<int> RunAsync(int runs, StartupDatabases databases = StartupDatabases.Both, string? host = null)
    {
        var root = RepositoryRoot();
        var dll = host is not null ? Path.GetFullPath(host) : Path.Combine(root, "bot", "bin", "Release", "net10.0", "Termine.Bot.dll");
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"{dll} is missing: build the host first (dotnet build -c Release bot/Termine.Bot.csproj).");
            return 2;
        }

        Console.WriteLine($"// host: {dll} (built {File.GetLastWriteTimeUtc(dll):yyyy-MM-dd HH:mm} UTC)");
        await using var connector = await ReplyListener.StartAsync();
        Console.WriteLine($"// Bot Connector stand-in at {connector.ServiceUrl}");
        var medians = new List<string>();
        if (databases.HasFlag(StartupDatabases.Fresh))
        {
            medians.Add(await MeasureSeriesAsync(root, dll, connector, runs, migrated: false));
        }

        if (databases.HasFlag(StartupDatabases.Migrated))
        {
            medians.Add(await MeasureSeriesAsync(root, dll, connector, runs, migrated: true));
        }

        Console.WriteLine();
        foreach (var line in medians)
        {
            Console.WriteLine(line);
        }

        return 0;
    }

    /// <returns>The series' verdict on the aim, one line.</returns>
    private static async Task<string> MeasureSeriesAsync(string root, string dll, ReplyListener connector, int runs, bool migrated)
    {
        var name = migrated ? "an already migrated database" : "a fresh database";
        Console.WriteLine();
        Console.WriteLine($"// on {name}");
        string? template = null;
        if (migrated)
        {
            template = Path.Combine(Path.GetTempPath(), "termine-benchmarks", $"startup-template-{Environment.ProcessId}.db");
            var warmUp = await MeasureAsync(root, dll, connector, 0, null, keepDatabaseAs: template);
            Console.WriteLine($"// a first process migrated {template} (first reply after {warmUp.Reply:F0} ms); every run starts on a copy of it");
        }

        var results = new List<Run>();
        try
        {
            for (var i = 1; i <= runs; i++)
            {
                var run = await MeasureAsync(root, dll, connector, i, template);
                results.Add(run);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"// run {i}: first log line {run.FirstLog,6:F0} ms, databases migrated {run.Migrated,6:F0} ms, listening {run.Listening,6:F0} ms, "
                    + $"message taken {run.Accepted,6:F0} ms ({run.Attempts} attempts), turn begun {run.TurnBegun,6:F0} ms, first reply {run.Reply,6:F0} ms "
                    + $"(CPU time of the host by then {run.CpuAtReply,6:F0} ms), last reply {run.LastReply,6:F0} ms ({run.Replies} replies), "
                    + $"HTTP 200 {run.Response,6:F0} ms; a second conversation's first reply took {run.SecondTurn:F0} ms"));
            }
        }
        finally
        {
            if (template is not null)
            {
                BenchmarkDatabase.Delete(template);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"On {name}, {runs} runs:");
        Console.WriteLine();
        Console.WriteLine("| from Process.Start to … (ms) | min | median | max |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        Row("the host's first log line", results.Select(r => r.FirstLog));
        Row("databases created and migrated (PrepareAsync's first log line)", results.Select(r => r.Migrated));
        Row("\"Now listening on\" in the log", results.Select(r => r.Listening));
        Row("the message taken (sent the POST that got through)", results.Select(r => r.Accepted));
        Row("**the first reply at the connector**", results.Select(r => r.Reply));
        Row("the turn's last reply (its question) at the connector", results.Select(r => r.LastReply));
        Row("the POST answered (the turn over, state saved)", results.Select(r => r.Response));
        Row("the first turn alone (first reply − taken)", results.Select(r => r.Reply - r.Accepted));
        Row("CPU time (user + system) the host had used at the first reply", results.Select(r => r.CpuAtReply));
        Row("then: a second conversation's first reply (POST to reply)", results.Select(r => r.SecondTurn));
        var median = Median(results.Select(r => r.Reply));
        return string.Create(CultureInfo.InvariantCulture,
            $"// aim on {name}: first answered turn under 2,000 ms after start: median {median:F0} ms (min {results.Min(r => r.Reply):F0}), "
            + $"max {results.Max(r => r.Reply):F0} ms -> {(results.All(r => r.Reply < 2000) ? "met" : median < 2000 ? "met at the median, missed by some runs" : "missed")}");
    }

    private static void Row(string label, IEnumerable<double> values)
    {
        var list = values.ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {list.Min():N0} | {Median(list):N0} | {list.Max():N0} |"));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed record Run(
        double FirstLog, double Migrated, double Listening, double Accepted, double TurnBegun, double Reply, double CpuAtReply,
        double LastReply, int Replies, double Response, int Attempts, double SecondTurn);

    private static async Task<Run> MeasureAsync(
        string root, string dll, ReplyListener connector, int run, string? template, string? keepDatabaseAs = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "termine-benchmarks", $"startup-{Environment.ProcessId}-{run}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var conversation = $"startup-{run}-{Guid.NewGuid():N}";
        var replied = connector.Expect(conversation);
        var database = Path.Combine(folder, "termine.db");
        if (template is not null)
        {
            File.Copy(template, database);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        // Production creates a database only when told to (docs/OPERATIONS.md, "The database"); this run starts on a new one.
        start.Environment["Termine__Database__CreateIfMissing"] = "true";
        start.Environment["Termine__Bot__AllowUnauthenticated"] = "true";
        // Required outside Development (SiteOptionsValidation); only the e-mails' links and Direct Line's URLs use it.
        start.Environment["Termine__PublicBaseUrl"] = url;
        start.Environment["ConnectionStrings__Termine"] = $"Data Source={database}";
        start.Environment["Termine__Mail__PickupDirectory"] = Path.Combine(folder, "mail-pickup");
        start.Environment["Termine__Tokens__Key"] = BenchmarkCore.TokensKey;

        var (firstLog, migratedAt, listening, turnBegun) = (double.NaN, double.NaN, double.NaN, double.NaN);
        var log = new ConcurrentQueue<string>();
        using var process = new Process { StartInfo = start };
        var clock = new Stopwatch();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            var at = clock.Elapsed.TotalMilliseconds;
            log.Enqueue(string.Create(CultureInfo.InvariantCulture, $"{at,7:F0} ms  {e.Data}"));
            // The console logger writes a message's header line first; its text follows on the next line.
            if (double.IsNaN(firstLog))
            {
                firstLog = at;
            }

            if (double.IsNaN(migratedAt) && e.Data.Contains("AllowUnauthenticated is on", StringComparison.Ordinal))
            {
                migratedAt = at;
            }

            if (double.IsNaN(listening) && e.Data.Contains("Now listening on", StringComparison.Ordinal))
            {
                listening = at;
            }

            if (double.IsNaN(turnBegun) && e.Data.Contains("ProcessActivityAsync", StringComparison.Ordinal))
            {
                turnBegun = at;
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                log.Enqueue(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalMilliseconds,7:F0} ms! {e.Data}"));
            }
        };

        using var http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1) }) { Timeout = Timeout };
        try
        {
            var started = Stopwatch.GetTimestamp();
            clock.Start();
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            var attempts = 0;
            double accepted;
            double response;
            while (true)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The host exited with {process.ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, log)}");
                }

                if (clock.Elapsed > Timeout)
                {
                    throw new TimeoutException($"No answer after {Timeout}:{Environment.NewLine}{string.Join(Environment.NewLine, log)}");
                }

                attempts++;
                var sentAt = clock.Elapsed.TotalMilliseconds;
                try
                {
                    using var answer = await http.PostAsync($"{url}/api/messages", Activity(connector.ServiceUrl, conversation, attempts));
                    if (answer.IsSuccessStatusCode)
                    {
                        accepted = sentAt;
                        response = clock.Elapsed.TotalMilliseconds;
                        break;
                    }

                    log.Enqueue($"POST {attempts}: HTTP {(int)answer.StatusCode}");
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(PollInterval);
            }

            var reply = await replied.WaitAsync(Timeout);
            process.Refresh();
            var cpu = process.TotalProcessorTime.TotalMilliseconds;
            var replyAt = Stopwatch.GetElapsedTime(started, reply).TotalMilliseconds;
            // The POST is answered once the turn is over, so every reply of the turn has arrived by then.
            var replies = connector.RepliesTo(conversation);
            var lastReplyAt = Stopwatch.GetElapsedTime(started, replies.Max()).TotalMilliseconds;

            // A second resident right after: the same host, a new conversation, its first reply.
            var second = $"{conversation}-second";
            var secondReplied = connector.Expect(second);
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            var secondSent = Stopwatch.GetTimestamp();
            using (var answer = await http.PostAsync($"{url}/api/messages", Activity(connector.ServiceUrl, second, 1)))
            {
                answer.EnsureSuccessStatusCode();
            }

            var secondTurn = Stopwatch.GetElapsedTime(secondSent, await secondReplied.WaitAsync(Timeout)).TotalMilliseconds;
            if (Environment.GetEnvironmentVariable("TERMINE_STARTUP_LOG") == "1")
            {
                Console.WriteLine(string.Join(Environment.NewLine, log));
            }

            return new Run(firstLog, migratedAt, listening, accepted, turnBegun, replyAt, cpu, lastReplyAt, replies.Count, response, attempts, secondTurn);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (keepDatabaseAs is not null)
            {
                // Everything into the main file, so that a copy of that one file is the whole database.
                using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False"))
                {
                    connection.Open();
                    using var checkpoint = connection.CreateCommand();
                    checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                    checkpoint.ExecuteNonQuery();
                }

                BenchmarkDatabase.Delete(keepDatabaseAs);
                File.Copy(database, keepDatabaseAs);
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private static StringContent Activity(string serviceUrl, string conversation, int attempt) => new(new JsonObject
    {
        ["type"] = "message",
        ["id"] = $"activity-{attempt}",
        ["channelId"] = "emulator",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "resident", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "bot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversation },
        ["text"] = "Hello",
        ["locale"] = "en-GB",
    }.ToJsonString(), Encoding.UTF8, "application/json");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Termine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Termine.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>
    /// The Azure side of the Bot Connector, as far as a reply needs it: <c>POST /v3/conversations/{id}/activities/{replyToId}</c>
    /// answered with <c>{"id":"1"}</c>; the arrival of a conversation's first reply is awaitable, and that of every
    /// reply is noted (Stopwatch timestamps).
    /// </summary>
    private sealed class ReplyListener : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _waiting = new();
        private readonly ConcurrentDictionary<string, ConcurrentQueue<long>> _arrivals = new();

        private ReplyListener(WebApplication app) => _app = app;

        public string ServiceUrl { get; private set; } = "";

        public static async Task<ReplyListener> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            var listener = new ReplyListener(app);
            app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", async (HttpContext context, string conversationId) =>
            {
                var at = Stopwatch.GetTimestamp();
                listener._arrivals.GetOrAdd(conversationId, _ => new ConcurrentQueue<long>()).Enqueue(at);
                if (listener._waiting.TryGetValue(conversationId, out var waiting))
                {
                    waiting.TrySetResult(at);
                }

                await context.Request.Body.CopyToAsync(Stream.Null);
                return Results.Json(new JsonObject { ["id"] = "1" });
            });
            await app.StartAsync();
            listener.ServiceUrl = app.Urls.Single().TrimEnd('/') + "/";

            // Its own first request is slow (JIT); the hosts' replies should not wait for that.
            using var http = new HttpClient();
            for (var i = 0; i < 20; i++)
            {
                using var warm = await http.PostAsync($"{listener.ServiceUrl}v3/conversations/warm-up/activities/1", new StringContent("{}", Encoding.UTF8, "application/json"));
                warm.EnsureSuccessStatusCode();
            }

            return listener;
        }

        public Task<long> Expect(string conversationId) =>
            _waiting.GetOrAdd(conversationId, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        public IReadOnlyCollection<long> RepliesTo(string conversationId) => _arrivals.TryGetValue(conversationId, out var arrivals) ? arrivals.ToArray() : [];

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

/// <summary>Which starts <see cref="StartupMeasurement"/> measures.</summary>
[Flags]
public enum StartupDatabases
{
    /// <summary>On a database file that does not exist yet: created and migrated, as on a first start.</summary>
    Fresh = 1,

    /// <summary>On a copy of a database an earlier process migrated: every start after the first.</summary>
    Migrated = 2,

    Both = Fresh | Migrated,
}
