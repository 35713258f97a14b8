using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;

namespace Termine.LoadTest;

/// <summary>
/// A run: the database, the hosts, a short warm-up, then all conversations at once, then the database's word on what
/// was booked. Conversation i posts to host i mod H and reads its stream from host i+1 mod H.
/// </summary>
public sealed class LoadRun(LoadOptions options, string repositoryRoot, string hostDll)
{
    /// <summary>Sequential bookings per host before the measurement: the first turns of a process pay for JIT and warm-up.</summary>
    private const int WarmUpConversations = 3;

    private static readonly TimeSpan ConversationTimeout = TimeSpan.FromMinutes(10);

    public async Task<LoadResult> RunAsync(CancellationToken cancellationToken)
    {
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

            using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(100) };
            var warmUp = new LoadStatistics();
            for (var i = 0; i < WarmUpConversations * hosts.Count; i++)
            {
                await ConverseAsync(http, hosts, i, "warmup", TimeSpan.Zero, warmUp, cancellationToken);
            }

            if (warmUp.Errors.Count > 0)
            {
                throw new InvalidOperationException($"The warm-up failed: {string.Join("; ", warmUp.ErrorExamples)}{Environment.NewLine}{hosts[0].RecentLog}");
            }

            Console.WriteLine($"// warm-up: {warmUp.References.Count} bookings, {warmUp.Turns} turns; now {options.Conversations} conversations at once");
            var statistics = new LoadStatistics();
            var cpuBefore = hosts.Select(h => h.CpuTime).ToList();
            var ownCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, options.Conversations)
                .Select(i => Task.Run(() => ConverseAsync(http, hosts, i, "load", options.Think, statistics, cancellationToken), cancellationToken)));
            var elapsed = clock.Elapsed;
            var hostCpu = hosts.Select((h, i) => h.CpuTime - cpuBefore[i]).ToList();
            var ownCpu = Process.GetCurrentProcess().TotalProcessorTime - ownCpuBefore;

            var references = statistics.References;
            var booked = await database.CountBookedAsync(references, cancellationToken);
            var doubleBookings = await database.CountDoubleBookingsAsync(cancellationToken);
            foreach (var (host, i) in hosts.Select((h, i) => (h, i)).Where(h => h.h.Problems.Length > 0))
            {
                Console.WriteLine($"// host {i + 1} logged warnings or errors; the first of them:");
                Console.WriteLine(host.Problems);
            }

            return new LoadResult(options, database.Provider, statistics, elapsed, hostCpu, ownCpu, booked, doubleBookings);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    private Dictionary<string, string> Settings(LoadDatabase database, int host) => new()
    {
        ["ConnectionStrings__Termine"] = database.ConnectionString,
        ["Termine__Database__Provider"] = database.Provider,
        ["Termine__Mail__PickupDirectory"] = Path.Combine(database.Folder, $"mail-pickup-{host + 1}"),
        // The page's token endpoint allows 20 tokens a minute per address; every resident of this run has 127.0.0.1.
        ["Termine__DirectLine__WebChatTokensPerMinute"] = "100000",
        // Likewise the limits per address: messages across conversations, and holds (all residents share one address).
        ["Termine__DirectLine__ActivitiesPerAddressPerMinute"] = "1000000",
        ["Termine__Booking__MaxHoldsPerClient"] = "10000",
    };

    private async Task ConverseAsync(
        HttpClient http, IReadOnlyList<HostProcess> hosts, int index, string tag, TimeSpan think, LoadStatistics statistics,
        CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ConversationTimeout);
        try
        {
            await using var conversation = await DirectLineConversation.StartAsync(
                http, hosts[index % hosts.Count].BaseUrl, hosts[(index + 1) % hosts.Count].BaseUrl, ConnectAsync, timeout.Token);
            var email = string.Create(CultureInfo.InvariantCulture, $"{tag}.{index}@example.org");
            var driver = new ResidentDriver(conversation, email, new Random(options.Seed * 100_003 + index), think, statistics);
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
            statistics.Error("WebSocket failure", exception.Message);
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
