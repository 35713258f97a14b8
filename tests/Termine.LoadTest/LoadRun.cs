using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;

namespace Termine.LoadTest;

/// <summary>
/// A run: the database, the hosts, a short warm-up, the raw SQLite commit rate on the database's disk, then each step
/// of the series (N conversations at once, fresh conversations and e-mail addresses each step) and the saturated step,
/// each followed by the database's word on what was booked. Conversation i of a step posts to host i mod H and reads
/// its stream from host i+1 mod H.
/// </summary>
public sealed class LoadRun(LoadOptions options, string repositoryRoot, string hostDll)
{
    /// <summary>Sequential bookings per host before the measurement: the first turns of a process pay for JIT and warm-up.</summary>
    private const int WarmUpConversations = 3;

    private static readonly TimeSpan ConversationTimeout = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan SettleSample = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Host CPU below this share of one core over a sample counts as idle (timers, the settings refresher).</summary>
    private const double IdleShare = 0.1;

    /// <summary>Conversations started so far: numbers each one of the run, so seeds and e-mail addresses differ across steps.</summary>
    private int _started;

    public async Task<LoadReport> RunAsync(CancellationToken cancellationToken)
    {
        var loadAtStart = MachineInfo.LoadAverage();
        await using var database = await LoadDatabase.CreateAsync(options.Postgres, cancellationToken);
        var hosts = new List<HostProcess>();
        try
        {
            for (var i = 0; i < options.Hosts; i++)
            {
                // One after the other: the first creates and migrates the database.
                hosts.Add(await HostProcess.StartAsync(repositoryRoot, hostDll, Settings(database, i), cancellationToken));
                Console.WriteLine($"// host {i + 1}: {hosts[i].BaseUrl} ({database.Provider})");
            }

            using var http = new HttpClient(new SocketsHttpHandler
            {
                PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
                // Every resident's POST may be in flight at once: one connection each, never queued behind another.
                MaxConnectionsPerServer = int.MaxValue,
                ConnectTimeout = TimeSpan.FromSeconds(30),
            })
            { Timeout = TimeSpan.FromSeconds(100) };
            var warmUp = new LoadStatistics();
            for (var i = 0; i < WarmUpConversations * hosts.Count; i++)
            {
                await ConverseAsync(http, hosts, i, $"warmup.{i}", options.Seed * 100_003 - 1 - i, TimeSpan.Zero, warmUp, cancellationToken);
            }

            if (warmUp.Errors.Count > 0)
            {
                throw new InvalidOperationException($"The warm-up failed: {string.Join("; ", warmUp.ErrorExamples)}{Environment.NewLine}{hosts[0].RecentLog}");
            }

            Console.WriteLine($"// warm-up: {warmUp.References.Count} bookings, {warmUp.Turns} turns");
            var raw = new List<RawCommitRate>();
            MeasureRawCommits(database, raw, "before the first step");
            var steps = new List<StepResult>();
            foreach (var n in options.Series)
            {
                await SettleAsync(hosts, cancellationToken);
                steps.Add(await StepAsync(http, hosts, database, n, saturateFor: null, cancellationToken));
            }

            if (options.Saturate is { } saturate)
            {
                await SettleAsync(hosts, cancellationToken);
                // The disk's rate moves with what else the machine writes: the comparison is with the rate of the moment.
                MeasureRawCommits(database, raw, "right before the saturated step");
                steps.Add(await StepAsync(http, hosts, database, saturate, options.SaturateDuration, cancellationToken));
            }

            var capacity = await database.BookingsByTeamAsync(cancellationToken);
            foreach (var (host, i) in hosts.Select((h, i) => (h, i)).Where(h => h.h.Problems.Length > 0))
            {
                Console.WriteLine($"// host {i + 1} logged warnings or errors; the first of them:");
                Console.WriteLine(host.Problems);
            }

            return new LoadReport(options, database.Provider, steps, raw, capacity, loadAtStart, MachineInfo.LoadAverage());
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    private void MeasureRawCommits(LoadDatabase database, List<RawCommitRate> measured, string when)
    {
        if (options.RawCommitDuration > TimeSpan.Zero)
        {
            var raw = RawCommitRate.Measure(database.Folder, options.RawCommitDuration, when);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// raw SQLite commits {when}: {raw.PerSecond:N0}/s ({raw.Settings})"));
            measured.Add(raw);
        }
    }

    /// <param name="saturateFor">
    /// Null for a step of the series: N conversations with the run's think time, once each. Otherwise the saturated step:
    /// no think time, and each of the N residents starts a new conversation as soon as one ends, for this long.
    /// </param>
    private async Task<StepResult> StepAsync(
        HttpClient http, IReadOnlyList<HostProcess> hosts, LoadDatabase database, int atOnce, TimeSpan? saturateFor,
        CancellationToken cancellationToken)
    {
        var think = saturateFor is null ? options.Think : TimeSpan.Zero;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {atOnce} conversations at once, think {think.TotalSeconds:0.##} s{(saturateFor is { } d ? $", saturated for {d.TotalSeconds:0.#} s" : "")}; load average {MachineInfo.LoadAverage()}"));
        var statistics = new LoadStatistics();
        var cpuBefore = hosts.Select(h => h.CpuTime).ToList();
        var ownCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var started = _started;
        var clock = Stopwatch.StartNew();
        var windowStart = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, atOnce).Select(i => Task.Run(
            async () =>
            {
                do
                {
                    var number = Interlocked.Increment(ref _started) - 1;
                    await ConverseAsync(
                        http, hosts, i, string.Create(CultureInfo.InvariantCulture, $"load.{number}"), options.Seed * 100_003 + number, think,
                        statistics, cancellationToken);
                }
                while (saturateFor is { } duration && clock.Elapsed < duration && !cancellationToken.IsCancellationRequested);
            },
            cancellationToken)));
        var elapsed = clock.Elapsed;
        var hostCpu = hosts.Select((h, i) => h.CpuTime - cpuBefore[i]).ToList();
        var ownCpu = Process.GetCurrentProcess().TotalProcessorTime - ownCpuBefore;
        var window = saturateFor is { } saturated
            ? new SaturatedWindow(
                saturated,
                statistics.TurnsBetween(windowStart, windowStart + (long)(saturated.TotalSeconds * Stopwatch.Frequency)),
                statistics.BookingsBetween(windowStart, windowStart + (long)(saturated.TotalSeconds * Stopwatch.Frequency)))
            : null;

        var booked = await database.CountBookedAsync(statistics.References, cancellationToken);
        var doubleBookings = await database.CountDoubleBookingsAsync(cancellationToken);
        var result = new StepResult(atOnce, _started - started, think, window, statistics, elapsed, hostCpu, ownCpu, booked, doubleBookings);
        Console.WriteLine(result.Row());
        foreach (var example in statistics.ErrorExamples)
        {
            Console.WriteLine($"// {example}");
        }

        return result;
    }

    /// <summary>
    /// Waits (at most <see cref="SettleTimeout"/>) until the hosts are nearly idle: the previous step's bookings leave
    /// e-mails in the outbox that the hosts send afterwards, and that work would otherwise be charged to the next step.
    /// </summary>
    private static async Task SettleAsync(IReadOnlyList<HostProcess> hosts, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        var before = hosts.Sum(h => h.CpuTime.Ticks);
        while (waited.Elapsed < SettleTimeout)
        {
            await Task.Delay(SettleSample, cancellationToken);
            var now = hosts.Sum(h => h.CpuTime.Ticks);
            if (TimeSpan.FromTicks(now - before) < SettleSample * IdleShare)
            {
                return;
            }

            before = now;
        }

        Console.WriteLine($"// the hosts were still busy after {SettleTimeout.TotalSeconds:0} s; the next step starts anyway");
    }

    private static Dictionary<string, string> Settings(LoadDatabase database, int host) => new()
    {
        ["ConnectionStrings__Termine"] = database.ConnectionString,
        ["Termine__Database__Provider"] = database.Provider,
        ["Termine__Mail__PickupDirectory"] = Path.Combine(database.Folder, $"mail-pickup-{host + 1}"),
        // The page's token endpoint allows 20 tokens a minute per address; every resident of this run has 127.0.0.1.
        ["Termine__DirectLine__WebChatTokensPerMinute"] = "100000",
        // Likewise the limits per address: messages across conversations, and holds (all residents share one address).
        ["Termine__DirectLine__ActivitiesPerAddressPerMinute"] = "1000000",
        ["Termine__Booking__MaxHoldsPerClient"] = "10000",
        // 20 messages a minute per conversation: a saturated resident (no think time) who loses a few slots sends more.
        ["Termine__DirectLine__ActivitiesPerConversationPerMinute"] = "100000",
    };

    /// <param name="index">The conversation's number in its step: which host it posts to and streams from.</param>
    /// <param name="email">The local part of the resident's e-mail address, unique in the run.</param>
    private static async Task ConverseAsync(
        HttpClient http, IReadOnlyList<HostProcess> hosts, int index, string email, int seed, TimeSpan think, LoadStatistics statistics,
        CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ConversationTimeout);
        try
        {
            await using var conversation = await DirectLineConversation.StartAsync(
                http, hosts[index % hosts.Count].BaseUrl, hosts[(index + 1) % hosts.Count].BaseUrl, ConnectAsync, timeout.Token);
            var driver = new ResidentDriver(conversation, $"{email}@example.org", new Random(seed), think, statistics);
            statistics.Booked(await driver.BookAsync(timeout.Token));
        }
        catch (LoadTestException exception)
        {
            statistics.Error(exception.Kind, exception.Message);
        }
        catch (HttpRequestException exception)
        {
            statistics.Error("HTTP failure", $"{exception.Message} {exception.InnerException?.Message}");
        }
        catch (WebSocketException exception)
        {
            statistics.Error("WebSocket failure", $"{exception.Message} {exception.InnerException?.Message}");
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Either the whole conversation ran out of time, or one request outlived the HttpClient's timeout.
            statistics.Error(timeout.IsCancellationRequested ? "conversation timed out" : "HTTP request timed out", exception.Message);
        }
    }

    private static async Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(url, cancellationToken);
        return socket;
    }
}
