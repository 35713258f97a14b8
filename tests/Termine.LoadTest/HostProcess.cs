using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Termine.LoadTest;

/// <summary>
/// One Termine host as a process of its own (<c>dotnet bot/bin/Release/net10.0/Termine.Bot.dll --urls …</c>), started
/// the way StartupMeasurement in Termine.Benchmarks starts it: Production environment, the database and pickup folder
/// of this run, the Direct Line secret every host of the run shares. Ready once <c>/health</c> answers 200.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    /// <summary>Shared by the hosts of one run, so a token from one is valid on the other.</summary>
    public const string Secret = "termine-load-test-secret-0123456789abcdefghij";

    /// <summary>Termine:Tokens:Key for every host of a run: 32 bytes, base64.</summary>
    public const string TokensKey = "dGVybWluZS1sb2FkLXRlc3QtdG9rZW4ta2V5LTAxMjM0NQ==";

    private const int KeptLogLines = 200;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private const int KeptProblems = 20;

    private readonly ConcurrentQueue<string> _log = new();
    private readonly ConcurrentQueue<string> _problems = new();
    private bool _inProblem;

    private HostProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>CPU time (user + system) the process has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The last lines the host wrote, for a report of what went wrong.</summary>
    public string RecentLog => string.Join(Environment.NewLine, _log);

    /// <summary>
    /// The first lines of warnings and errors the host logged (the console logger's "warn:" and "fail:" entries). Some are
    /// expected: the migrations history a fresh database lacks, and EF Core's log of a unique violation when two residents
    /// race for a slot (the loser is told "slot taken").
    /// </summary>
    public string Problems => string.Join(Environment.NewLine, _problems);

    /// <param name="settings">Configuration as environment variables (<c>__</c> for <c>:</c>), on top of the run's own.</param>
    public static async Task<HostProcess> StartAsync(
        string repositoryRoot, string dll, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repositoryRoot,
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
        start.Environment["Termine__DirectLine__Secret"] = Secret;
        // Required in Production, and the same on every host: each host may send the others' bookings' e-mails.
        start.Environment["Termine__Tokens__Key"] = TokensKey;
        // Required in Production; the load test's residents reach the host at its loopback address.
        start.Environment["Termine__PublicBaseUrl"] = url;
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var host = new HostProcess(process, url);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilHealthyAsync(cancellationToken);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode}:{Environment.NewLine}{RecentLog}");
            }

            if (waited.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"The host at {BaseUrl} was not healthy after {StartTimeout}:{Environment.NewLine}{RecentLog}");
            }

            try
            {
                using var health = await http.GetAsync($"{BaseUrl}/health", cancellationToken);
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _log.Enqueue(line);
        // An entry is its header line ("warn: Category[id]") and the indented lines of its message after it.
        _inProblem = line.StartsWith("warn:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal)
            || (_inProblem && line.StartsWith(' '));
        if (_inProblem && _problems.Count < KeptProblems)
        {
            _problems.Enqueue(line);
        }

        while (_log.Count > KeptLogLines && _log.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
