using Microsoft.Data.Sqlite;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Health;

/// <summary>A SQLite database file, its marker and a pickup folder in a temporary folder of their own.</summary>
public sealed class SqliteFolder : IAsyncDisposable
{
    private readonly TestDatabase _unused = new();

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"termine-db-{Guid.NewGuid():N}");

    public string DatabasePath => Path.Combine(Root, "termine.db");

    public string MarkerPath => DatabasePath + ".id";

    public string Pickup => Path.Combine(Root, "mail");

    /// <summary>A host on this folder's database; <paramref name="connectionSuffix"/> adds to the connection string.</summary>
    public TermineFactory Host(IDictionary<string, string?>? settings = null, string connectionSuffix = "", Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configureServices = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Termine:Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Termine"] = $"Data Source={DatabasePath}{connectionSuffix}",
            ["Termine:Mail:PickupDirectory"] = Pickup,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new TermineFactory(_unused, all, configureServices);
    }

    /// <summary>Closes the pooled connections, so SQLite folds the WAL into the file and lets it go.</summary>
    public static void ReleaseFiles() => SqliteConnection.ClearAllPools();

    public int MailsWritten() => Directory.Exists(Pickup) ? Directory.GetFiles(Pickup, "*.eml").Length : 0;

    public ValueTask DisposeAsync()
    {
        ReleaseFiles();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
