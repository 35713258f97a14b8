using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Termine.Testing.Databases;
using Termine.Testing.DirectLine;
using Termine.Testing.Hosts;
using Termine.Testing.Prerequisites;
using Xunit.Abstractions;

namespace Termine.Bot.Tests.DirectLine;

/// <summary>
/// The protocol test in tests/directline-protocol: the real botframework-directlinejs 0.15.5 (the client inside Web
/// Chat 4.18.1), in Node, against Termine on loopback ports. A second host on the same database gives tokens of three
/// seconds, for the expiry test. Both run on the real clock: the client's timers do.
/// </summary>
public sealed class DirectLineProtocolTests(TestDatabase database, ITestOutputHelper output) : IClassFixture<TestDatabase>
{
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromMinutes(3);

    [NeedsFact(Need.DirectLinePackages)]
    public async Task DirectLineJs_AgainstTermine_PassesTheProtocolTest()
    {
        var project = Path.Combine(RepositoryRoot(), "tests", "directline-protocol");
        if (!Directory.Exists(Path.Combine(project, "node_modules", "botframework-directlinejs")))
        {
            throw new Xunit.Sdk.XunitException($"The protocol test's packages are missing: run `npm ci` in {project} (./test.sh does).");
        }

        await using var host = StartLive(out var baseUrl);
        await using var shortLived = StartLive(out var shortLivedUrl, ("Termine:DirectLine:TokenLifetime", "00:00:03"));

        var (exitCode, log) = await RunNodeTestAsync(project, new Dictionary<string, string>
        {
            ["TERMINE_DIRECTLINE_URL"] = baseUrl,
            ["TERMINE_DIRECTLINE_SECRET"] = DirectLineTestClient.Secret,
            ["TERMINE_DIRECTLINE_SHORT_LIVED_URL"] = shortLivedUrl,
        });

        output.WriteLine(log);
        Assert.True(exitCode == 0, $"node --test exited with {exitCode}:\n{log}");
    }

    private TermineFactory StartLive(out string baseUrl, params (string Key, string Value)[] settings)
    {
        var port = FreePort();
        baseUrl = $"http://127.0.0.1:{port}";
        // The streamUrl is built from the public address, so it must be this host's own.
        var factory = new TermineFactory(
            database, DirectLineTestClient.Settings([.. settings, ("Termine:PublicBaseUrl", baseUrl)]), services => services.AddSingleton(TimeProvider.System));
        factory.ListenOnLoopback(port);
        factory.StartServer();
        return factory;
    }

    private static async Task<(int ExitCode, string Log)> RunNodeTestAsync(string project, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("node", "--test --test-reporter=spec")
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started; is Node.js 20 or later installed?");
        var log = new StringBuilder();
        node.OutputDataReceived += (_, line) => Append(log, line.Data);
        node.ErrorDataReceived += (_, line) => Append(log, line.Data);
        node.BeginOutputReadLine();
        node.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(NodeTimeout);
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            Append(log, $"(stopped after {NodeTimeout})");
            return (-1, log.ToString());
        }

        // The last lines arrive after the exit; WaitForExit without a timeout waits for them.
        await node.WaitForExitAsync(CancellationToken.None);
        return (node.ExitCode, log.ToString());
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Termine.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Termine.sln) was not found.");
    }
}
