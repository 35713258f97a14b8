using System.Diagnostics;
using Termine.Testing.Databases;
using Termine.Testing.Security;

namespace Termine.Bot.Tests.Health;

/// <summary>The refusal as an operator meets it: the real host process, started in Production on a missing database.</summary>
public sealed class RefusedStartProcessTests : IAsyncLifetime
{
    private readonly SqliteFolder _folder = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _folder.DisposeAsync();

    [Fact]
    public async Task ProductionStartWithoutADatabase_ExitsWithTheRefusal_AndCreatesNothing()
    {
        if (TestDatabase.UsePostgres)
        {
            return;
        }

        var root = RepositoryRoot();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(root, "bot", "bin", "Release", "net10.0", "Termine.Bot.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["ConnectionStrings__Termine"] = $"Data Source={_folder.DatabasePath}";
        start.Environment["Termine__Mail__PickupDirectory"] = _folder.Pickup;
        start.Environment["Termine__PublicBaseUrl"] = "https://termine.example.test";
        start.Environment["Termine__Tokens__Key"] = TestTokenKey.Value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        await process.WaitForExitAsync(patience.Token);

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("Termine:Database: refusing to start: there is no Termine database at " + _folder.DatabasePath, await output + await errors);
        Assert.False(File.Exists(_folder.DatabasePath));
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "appsettings.json")) || !Directory.Exists(Path.Combine(folder.FullName, "bot")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("The repository root was not found.");
        }

        return folder.FullName;
    }
}
