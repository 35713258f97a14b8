// Web chat under load (issue 6): N residents book at once through Termine's own Direct Line, against host processes
// this tool starts from the Release build, and the run is judged by its latencies, its errors and the database.
//
//   dotnet build -c Release bot/Termine.Bot.csproj && dotnet build -c Release tests/Termine.LoadTest
//   dotnet tests/Termine.LoadTest/bin/Release/net10.0/Termine.LoadTest.dll [options]
//
//   -n, --conversations N  conversations at once, each booking one appointment (default 50)
//   --think SECONDS        a resident's pause before each message, on average; 0.5x to 1.5x of it (default 1; 0 = none)
//   --postgres CONNECTION  a PostgreSQL server (a user that may create databases): the run gets a fresh database there,
//                          dropped afterwards; without it, a fresh SQLite file in a temporary folder
//   --hosts 1|2            host processes on the one database (default 1; 2 needs --postgres). Conversation i posts to
//                          host i mod H and reads its WebSocket stream from host i+1 mod H
//   --host PATH            another build of Termine.Bot.dll to start
//   --seed N               the residents' random choices (service, date wish, slot) (default 6)
//
// Prints conversations completed, turns, turns/s, the reply latency (posting an activity until the stream brings
// the bot's reply that ends that turn: a question, or the booking with its reference) p50/p95/p99/max, errors by
// kind, and double bookings counted in the database afterwards. Exit code 0 only with no error, no double booking
// and every reported booking in the database; 1 otherwise; 2 for a command line not understood or a missing build.
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

Console.WriteLine($"// host: {dll} (built {File.GetLastWriteTimeUtc(dll):yyyy-MM-dd HH:mm} UTC); {Environment.ProcessorCount} cores");
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
var result = await new LoadRun(options, root, dll).RunAsync(stop.Token);
result.Print(Console.Out);
return result.Passed ? 0 : 1;

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
