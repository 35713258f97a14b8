using System.Globalization;

namespace Termine.LoadTest;

/// <summary>The command line of a load run (see <see cref="Program"/> for its usage text).</summary>
public sealed record LoadOptions
{
    /// <summary>
    /// The steps of the series: each runs that many conversations at once, one step after the other against the same
    /// hosts and database (<c>-n 1,50,200,500</c>); a single number is a run of one step.
    /// </summary>
    public IReadOnlyList<int> Series { get; init; } = [50];

    /// <summary>Conversations of the saturated step after the series (think time 0); null for none.</summary>
    public int? Saturate { get; init; }

    /// <summary>
    /// How long the saturated step keeps its N residents busy: each starts a new conversation as soon as one ends, and
    /// throughput is what ended inside this window, so the ramp at the start and the stragglers at the end weigh little.
    /// </summary>
    public TimeSpan SaturateDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the raw SQLite commit rate is measured; zero leaves it out.</summary>
    public TimeSpan RawCommitDuration { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A file to write the report to (Markdown, as printed); null prints it only.</summary>
    public string? Markdown { get; init; }

    /// <summary>Host processes on one database: 1, or 2 with PostgreSQL (posts to one, stream from the other).</summary>
    public int Hosts { get; init; } = 1;

    /// <summary>A PostgreSQL server (a user that may create databases); null for a fresh temporary SQLite file.</summary>
    public string? Postgres { get; init; }

    /// <summary>
    /// The resident's pause between a reply and the next message, on average (uniformly 0.5× to 1.5× of it); zero
    /// sends each message as soon as the previous turn ended, which measures the hosts saturated.
    /// </summary>
    public TimeSpan Think { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The build of the host to start; by default the Release build of bot/ in this repository.</summary>
    public string? Host { get; init; }

    public int Seed { get; init; } = 6;

    /// <summary>The most conversations one step holds open at once: what sockets and threads must be ready for.</summary>
    public int MostAtOnce => Math.Max(Series.Max(), Saturate ?? 0);

    /// <summary>Parses the arguments; null with a message when they are not understood.</summary>
    public static (LoadOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "-n" or "--conversations" when ParseSeries(value) is { } series:
                    options = options with { Series = series };
                    break;
                case "--saturate" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    options = options with { Saturate = n };
                    break;
                case "--saturate-seconds" when double.TryParse(value, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 3600:
                    options = options with { SaturateDuration = TimeSpan.FromSeconds(seconds) };
                    break;
                case "--raw-seconds" when double.TryParse(value, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and <= 600:
                    options = options with { RawCommitDuration = TimeSpan.FromSeconds(seconds) };
                    break;
                case "--markdown" when !string.IsNullOrWhiteSpace(value):
                    options = options with { Markdown = value };
                    break;
                case "--hosts" when value is "1" or "2":
                    options = options with { Hosts = int.Parse(value, CultureInfo.InvariantCulture) };
                    break;
                case "--postgres" when !string.IsNullOrWhiteSpace(value):
                    options = options with { Postgres = value };
                    break;
                case "--think" when double.TryParse(value, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0:
                    options = options with { Think = TimeSpan.FromSeconds(seconds) };
                    break;
                case "--host" when !string.IsNullOrWhiteSpace(value):
                    options = options with { Host = value };
                    break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    break;
                default:
                    return (null, $"Not understood: {args[i]} {value}");
            }

            i++;
        }

        return options.Hosts == 2 && options.Postgres is null
            ? (null, "--hosts 2 needs --postgres: on SQLite a stream learns of another host's turn only at its keep-alive.")
            : (options, null);
    }

    /// <summary>A comma list of positive numbers (<c>1,50,200</c>); null when any is not one.</summary>
    private static List<int>? ParseSeries(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var series = new List<int>();
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, CultureInfo.InvariantCulture, out var n) || n <= 0)
            {
                return null;
            }

            series.Add(n);
        }

        return series;
    }
}
