using System.Collections.Concurrent;
using System.Diagnostics;
using Termine.Testing.Waiting;

namespace Termine.Bot.Tests.Deployment;

/// <summary>A running Termine process; killed with its children on dispose.</summary>
public sealed class TermineProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    private TermineProcess(Process process) => _process = process;

    public string Log => string.Join(Environment.NewLine, _log);

    public static TermineProcess Start(ProcessStartInfo start)
    {
        var process = new Process { StartInfo = start };
        var termine = new TermineProcess(process);
        process.OutputDataReceived += (_, e) => termine.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => termine.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return termine;
    }

    /// <summary>Polls /health until it answers; a wait for the start, not a measure of it.</summary>
    public async Task WaitUntilListeningAsync(string url)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.TrueAsync(
            async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"Termine stopped with {_process.ExitCode}:{Environment.NewLine}{Log}");
                }

                try
                {
                    using var response = await http.GetAsync("/health");
                    return true;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return false;
                }
            },
            because: $"Termine to answer /health at {url}",
            deadline: StartTimeout,
            context: () => Log);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _log.Enqueue(line);
        }
    }
}
