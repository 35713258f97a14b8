using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Termine.Booking.Scheduling;

namespace Termine.Benchmarks;

/// <summary>
/// The files of one run, in a temporary folder: a seeded template database made once by the host process, and a
/// copy of it for every benchmark process (BenchmarkDotNet runs each benchmark in a process of its own), so the
/// 50,000 appointments are seeded once per run and every benchmark starts from the same data.
/// </summary>
public static class BenchmarkDatabase
{
    /// <summary>Set by the host process for the benchmark processes it starts (they inherit its environment).</summary>
    public const string FolderVariable = "TERMINE_BENCHMARK_FOLDER";

    private const string TemplateName = "template.db";
    private const string ReportName = "template.txt";

    public static string Folder { get; } = OpenFolder();

    /// <summary>Whether this process made the folder (and so removes it at the end).</summary>
    public static bool OwnsFolder { get; private set; }

    private static string TemplatePath => Path.Combine(Folder, TemplateName);

    /// <summary>Seeds the template unless this run already has one; returns what the seeding reported.</summary>
    public static async Task<string> EnsureTemplateAsync(int appointments = Seeder.DefaultAppointments)
    {
        var reportPath = Path.Combine(Folder, ReportName);
        if (File.Exists(TemplatePath) && File.Exists(reportPath))
        {
            return await File.ReadAllTextAsync(reportPath);
        }

        Delete(TemplatePath);
        var building = Path.Combine(Folder, $"building-{Environment.ProcessId}.db");
        string report;
        await using (var configured = await BenchmarkCore.StartAsync(building, new Dictionary<string, string?>(), migrate: false))
        {
            var desks = configured.Get<IOptions<SchedulingOptions>>().Value.Desks;
            report = $"with the repository's {desks.Values.Sum()} desks the year holds {Seeder.Capacity(configured):N0} appointments; ";
        }

        await using (var core = await BenchmarkCore.StartAsync(building))
        {
            var desks = core.Get<IOptions<SchedulingOptions>>().Value.Desks;
            report += $"with the benchmark's {desks.Values.Sum()} desks ({string.Join(", ", desks.Select(d => $"{d.Key} {d.Value}"))}): "
                + (await Seeder.SeedAsync(core, appointments, CancellationToken.None));
        }

        SqliteConnection.ClearAllPools();
        File.Move(building, TemplatePath);
        Delete(building);
        await File.WriteAllTextAsync(reportPath, report);
        return report;
    }

    /// <summary>A private copy of the seeded template for one benchmark process.</summary>
    public static async Task<string> CopyOfTemplateAsync(string name)
    {
        await EnsureTemplateAsync();
        var path = Path.Combine(Folder, $"{name}-{Environment.ProcessId}.db");
        Delete(path);
        File.Copy(TemplatePath, path);
        return path;
    }

    public static string NewFile(string name)
    {
        var path = Path.Combine(Folder, $"{name}-{Environment.ProcessId}.db");
        Delete(path);
        return path;
    }

    /// <summary>Removes a database with its WAL and shared-memory files and its identity marker.</summary>
    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", ".id" })
        {
            File.Delete(path + suffix);
        }
    }

    public static void RemoveFolder()
    {
        SqliteConnection.ClearAllPools();
        if (OwnsFolder && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static string OpenFolder()
    {
        var inherited = Environment.GetEnvironmentVariable(FolderVariable);
        if (!string.IsNullOrEmpty(inherited) && Directory.Exists(inherited))
        {
            return inherited;
        }

        var folder = Path.Combine(Path.GetTempPath(), "termine-benchmarks", $"run-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        OwnsFolder = true;
        return folder;
    }
}
