using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Termine.Testing.Waiting;

namespace Termine.Testing.Mail;

/// <summary>
/// A real SMTP server on loopback: Debian's aiosmtpd, writing what it receives into a Maildir. It can be stopped and
/// started again on the same port, to show that mail survives an outage.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private Process? _process;

    private SmtpServer(int port, string maildir)
    {
        Port = port;
        Maildir = maildir;
    }

    public int Port { get; }

    public string Maildir { get; }

    public static async Task<SmtpServer> StartAsync()
    {
        var server = new SmtpServer(FreePort(), Path.Combine(Path.GetTempPath(), $"termine-maildir-{Guid.NewGuid():N}"));
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>The messages received so far, oldest first.</summary>
    public IReadOnlyList<string> Received() =>
        Directory.Exists(Path.Combine(Maildir, "new"))
            ? Directory.GetFiles(Path.Combine(Maildir, "new")).OrderBy(File.GetLastWriteTimeUtc).ToList()
            : [];

    public async Task StartAgainAsync()
    {
        // aiosmtpd's Maildir handler wants to create the folder itself, or find cur/new/tmp in it.
        foreach (var sub in new[] { "cur", "new", "tmp" })
        {
            Directory.CreateDirectory(Path.Combine(Maildir, sub));
        }

        _process = Process.Start(new ProcessStartInfo("/usr/bin/python3",
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        await Eventually.TrueAsync(
            async () =>
            {
                try
                {
                    using var probe = new TcpClient();
                    await probe.ConnectAsync(IPAddress.Loopback, Port);
                    return true;
                }
                catch (SocketException)
                {
                    return false;
                }
            },
            because: $"aiosmtpd to listen on port {Port}",
            context: () => _process.HasExited ? _process.StandardError.ReadToEnd() : "");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(Maildir, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
