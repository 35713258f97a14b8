// Web chat under load (issues 6 and 14): N residents book at once through Termine's own Direct Line, against host
// processes this tool starts from the Release build, and each step is judged by its latencies, its errors and the
// database. One run can hold a series of steps (-n 1,50,200,500), a saturated step and the raw SQLite commit rate.
//
//   dotnet build -c Release bot/Termine.Bot.csproj && dotnet build -c Release tests/Termine.LoadTest
//   dotnet tests/Termine.LoadTest/bin/Release/net10.0/Termine.LoadTest.dll [options]
//
//   -n, --conversations N[,N…]  conversations at once, each booking one appointment (default 50); a comma list runs
//                               the steps one after the other against the same hosts and database, with fresh
//                               conversations and e-mail addresses each step (the warm-up runs once, before them)
//   --saturate N           after the series, a step of N conversations with no think time: the hosts' throughput
//                          (bookings/s, committed turns/s, and their share of the raw commit rate)
//   --saturate-seconds S   how long the saturated step's N residents stay busy, each starting a new conversation as
//                          one ends; its throughput counts what ended inside that window (default 30)
//   --raw-seconds S        how long to measure the raw SQLite commit rate (single-row INSERT + COMMIT, WAL,
//                          synchronous=FULL) on the disk of the run's temporary folder, before the first step and again
//                          right before the saturated step, whose throughput is compared with it (default 5; 0 = not at all)
//   --markdown FILE        also write the report (Markdown, as printed) to FILE, for docs/PERFORMANCE.md
//   --think SECONDS        a resident's pause before each message, on average; 0.5x to 1.5x of it (default 1; 0 = none)
//   --postgres CONNECTION  a PostgreSQL server (a user that may create databases): the run gets a fresh database there,
//                          dropped afterwards; without it, a fresh SQLite file in a temporary folder
//   --hosts 1|2            host processes on the one database (default 1; 2 needs --postgres). Conversation i of a step
//                          posts to host i mod H and reads its WebSocket stream from host i+1 mod H
//   --host PATH            another build of Termine.Bot.dll to start
//   --seed N               the residents' random choices (service, date wish, slot) (default 6)
//
// Prints, per step, conversations completed, turns, turns/s, bookings/s, the reply latency (posting an activity until
// the stream brings the bot's reply that ends that turn: a question, or the booking with its reference)
// p50/p95/p99/max, errors by kind, double bookings counted in the database afterwards and the CPU used; then the
// machine, its load average at start and end, and issue 14's aims met or missed. Exit code 0 only with no error, no
// double booking and every reported booking in the database in every step; 1 otherwise; 2 for a command line not
// understood or a missing build.
using Termine.LoadTest;

var (options, error) = LoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine("Usage: see the head of tests/Termine.LoadTest/Program.cs or docs/PERFORMANCE.md.");
    return 2;
}

var root = RepositoryRoot();
var dll = options.Host is not null ? Path.GetFullPath(options.Host) : Path.Combine(root, "bot", "bin", "Release", "net10.0", "Termine.Bot.dll");
if (!File.Exists(dll))
{
    Console.Error.WriteLine($"{dll} is missing: build the host first (dotnet build -c Release bot/Termine.Bot.csproj).");
    return 2;
}

// Each conversation holds a WebSocket and, while it posts, an HTTP connection: two descriptors, plus the process's own.
var descriptors = 2L * options.MostAtOnce + 200;
if (MachineInfo.OpenFileLimit() is { } limit && limit < descriptors)
{
    Console.Error.WriteLine($"The open-file limit is {limit}; {options.MostAtOnce} conversations at once need about {descriptors}: raise it (ulimit -n).");
    return 2;
}

// The conversations wait asynchronously, but hundreds of replies may arrive in the same millisecond: without spare
// threads the pool adds one about every half second and the tool's own queue would show up as the hosts' latency.
ThreadPool.GetMinThreads(out var workers, out var completionPorts);
ThreadPool.SetMinThreads(Math.Max(workers, Math.Min(options.MostAtOnce, 100)), completionPorts);

var started = TimeProvider.System.GetUtcNow();
Console.WriteLine($"// host: {dll} (built {File.GetLastWriteTimeUtc(dll):yyyy-MM-dd HH:mm} UTC); {Environment.ProcessorCount} cores; load average {MachineInfo.LoadAverage()}");
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
var report = await new LoadRun(options, root, dll).RunAsync(stop.Token);
var markdown = report.ToMarkdown(dll, root, started);
Console.WriteLine();
Console.Write(markdown);
if (options.Markdown is not null)
{
    await File.WriteAllTextAsync(options.Markdown, markdown);
    Console.WriteLine($"// report written to {Path.GetFullPath(options.Markdown)}");
}

return report.Passed ? 0 : 1;

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Termine.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException($"No Termine.sln above {AppContext.BaseDirectory}.");
}
