using System.Globalization;

namespace Termine.LoadTest;

/// <summary>The command line of a load run (see <see cref="Program"/> for its usage text).</summary>
public sealed record LoadOptions
{
    public int Conversations { get; init; } = 50;

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

    /// <summary>Parses the arguments; null with a message when they are not understood.</summary>
    public static (LoadOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "-n" or "--conversations" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    options = options with { Conversations = n };
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
}
