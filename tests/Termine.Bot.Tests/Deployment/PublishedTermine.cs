using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Termine.Testing.Security;

namespace Termine.Bot.Tests.Deployment;

/// <summary>
/// One <c>dotnet publish bot -c Release -o &lt;temp&gt;</c> for the tests of a class, and Termine started from it as a
/// real process — Production, from a fresh working folder that holds nothing of Termine, with the database and the
/// mail pickup folder of the run.
/// </summary>
public sealed class PublishedTermine : IDisposable
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(10);

    public PublishedTermine()
    {
        Root = Directory.CreateTempSubdirectory("termine-publish-").FullName;
        Folder = Path.Combine(Root, "app");
        var repository = RepositoryRoot();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "publish", "bot", "-c", "Release", "-o", Folder, "-nologo", "-v", "q" })
        {
            start.ArgumentList.Add(argument);
        }

        var (exitCode, output, error) = Execute(start, PublishTimeout);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed with {exitCode}:{Environment.NewLine}{output}{error}");
        }
    }

    /// <summary>The temporary folder of this run: the published app in app/, each start's files beside it.</summary>
    public string Root { get; }

    public string Folder { get; }

    public string Dll => Path.Combine(Folder, "Termine.Bot.dll");

    /// <summary>A start's own working folder, database file and pickup folder, and the settings that point at them.</summary>
    public Run NewRun()
    {
        var folder = Directory.CreateTempSubdirectory("termine-run-").FullName;
        var url = $"http://127.0.0.1:{FreePort()}";
        return new Run(folder, url, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Termine"] = $"Data Source={Path.Combine(folder, "termine.db")}",
            ["Termine__Database__Provider"] = "Sqlite",
            // A first start in Production creates its database only when told to, as an operator's first start does.
            ["Termine__Database__CreateIfMissing"] = "true",
            ["Termine__Mail__PickupDirectory"] = Path.Combine(folder, "mail-pickup"),
            ["Termine__PublicBaseUrl"] = url,
            ["Termine__Tokens__Key"] = TestTokenKey.Value,
        });
    }

    /// <summary>Starts the published Termine and waits until /health answers.</summary>
    public async Task<TermineProcess> StartAsync(Run run)
    {
        var process = TermineProcess.Start(Start(run));
        await process.WaitUntilListeningAsync(run.Url);
        return process;
    }

    /// <summary>Starts the published Termine and waits for it to stop by itself, as it does on a start-up error.</summary>
    public (int ExitCode, string Output, string Error) RunToExit(Run run) => Execute(Start(run), TimeSpan.FromMinutes(2));

    public void Dispose()
    {
        Directory.Delete(Root, recursive: true);
    }

    private ProcessStartInfo Start(Run run)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = run.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(run.Url);
        // The test runner's own settings must not leak into the process.
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("Termine__", StringComparison.Ordinal)
                     || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (key, value) in run.Settings)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private static (int ExitCode, string Output, string Error) Execute(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not stop within {timeout}:{Environment.NewLine}{output}{error}");
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString(), error.ToString());
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Termine.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException($"No Termine.sln above {AppContext.BaseDirectory}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public sealed record Run(string Folder, string Url, Dictionary<string, string> Settings)
    {
        public string Pickup => Settings["Termine__Mail__PickupDirectory"];

        public Run With(string key, string value) => this with { Settings = new(Settings) { [key] = value } };
    }
}
