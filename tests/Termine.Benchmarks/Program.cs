using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Termine.Benchmarks;

// dotnet run -c Release --project tests/Termine.Benchmarks [-- BenchmarkDotNet arguments, e.g. --filter '*SlotSearch*']
// Without arguments every benchmark runs (BenchmarkDotNet would otherwise ask which one).
// "-- --profile [calls]" instead times the SQL commands of a search and a booking (see Profiler).
// "-- --profile-turns [turns] [--cold-only] [--warm-up-at-start]" instead breaks a cold start and the warm turns down
// (see TurnProfiler).
// "-- --startup [runs] [--fresh | --migrated] [--host path/Termine.Bot.dll]" instead times the host process from its
// start to its first answered turn (see StartupMeasurement), on a fresh database and on an already migrated one (only
// one of them with --fresh or --migrated); --host starts another build of it (e.g. a ReadyToRun publish).
// "-- --staff-pages [runs]" instead times the service point's day view and search on 10,000 appointments (see StaffPagesMeasurement).
Environment.SetEnvironmentVariable(BenchmarkDatabase.FolderVariable, BenchmarkDatabase.Folder);
try
{
    if (args is ["--profile", ..])
    {
        await Profiler.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300);
        return 0;
    }

    if (args is ["--profile-turns", ..])
    {
        var turns = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } count
            ? int.Parse(count, CultureInfo.InvariantCulture)
            : 300;
        await TurnProfiler.RunAsync(turns, coldOnly: args.Contains("--cold-only"), warmUpAtStart: args.Contains("--warm-up-at-start"));
        return 0;
    }

    if (args is ["--startup", ..])
    {
        var runs = args.Skip(1).TakeWhile(a => a != "--host").FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } count
            ? int.Parse(count, CultureInfo.InvariantCulture)
            : StartupMeasurement.DefaultRuns;
        var host = args.SkipWhile(a => a != "--host").Skip(1).FirstOrDefault();
        var databases = args.Contains("--fresh") ? StartupDatabases.Fresh : args.Contains("--migrated") ? StartupDatabases.Migrated : StartupDatabases.Both;
        return await StartupMeasurement.RunAsync(runs, databases, host);
    }

    if (args is ["--staff-pages", ..])
    {
        await StaffPagesMeasurement.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : StaffPagesMeasurement.DefaultRuns);
        return 0;
    }

    var arguments = args.Length == 0 ? ["--filter", "*"] : args;
    var listing = arguments.Any(a => a.StartsWith("--list", StringComparison.Ordinal) || a is "--help" or "-h" or "--version");
    if (!listing)
    {
        Console.WriteLine("// Seeding the template database (once per run) ...");
        Console.WriteLine($"// {await BenchmarkDatabase.EnsureTemplateAsync()}");
    }

    // BenchmarkDotNet builds its own copy of this project and, since the conversation benchmarks, of the whole host
    // (bot/) with it; on a busy 2-core machine that takes longer than its default limit of 2 minutes.
    var global = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(arguments, global).ToList();
    PrintThroughputRatio(summaries);
    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}
finally
{
    BenchmarkDatabase.RemoveFolder();
}

static void PrintThroughputRatio(IReadOnlyList<Summary> summaries)
{
    double? OperationsPerSecond(string method) =>
        summaries.SelectMany(s => s.Reports.Select(r => (Summary: s, Report: r)))
            .Where(x => x.Report.BenchmarkCase.Descriptor.WorkloadMethod.Name == method)
            .Select(x => BenchmarkConfig.OperationsPerSecondColumn.Of(x.Summary, x.Report.BenchmarkCase))
            .FirstOrDefault();

    var raw = OperationsPerSecond(nameof(BookingCoreBenchmarks.RawInsertCommit));
    if (raw is null)
    {
        return;
    }

    Console.WriteLine();
    Console.WriteLine("// Throughput, one caller after another (1 / mean):");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"//   raw SQLite insert + commit: {raw:N0} op/s"));
    foreach (var method in new[] { nameof(BookingCoreBenchmarks.Book), nameof(BookingCoreBenchmarks.BookWithoutEmails), nameof(BookingCoreBenchmarks.HoldAndConfirm) })
    {
        if (OperationsPerSecond(method) is { } rate)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"//   {method}: {rate:N0} op/s = {rate / raw.Value:P0} of the raw commit rate (aim: at least 50 %)"));
        }
    }
}
