using System.Collections.Concurrent;
using System.Text;
using Termine.Bot.Hosting;

namespace Termine.Testing.Hosts;

/// <summary>
/// What Termine prints on stderr when a start is refused (<see cref="StartupErrors"/>), as an operator reads it, for
/// hosts started in this process. Stderr is recorded from the first use on and still written through, so tests that
/// run in parallel each find their own line by something only their start says (a key, a path, an id).
/// </summary>
public static class StartupErrorLines
{
    private static readonly Recorder Installed = Install();

    /// <summary>Starts recording; call before the start that is to be refused.</summary>
    public static void Listen() => _ = Installed;

    /// <summary>The one start-up error line that contains <paramref name="text"/>.</summary>
    public static string Single(string text)
    {
        var lines = Installed.Lines.Where(l => l.StartsWith(StartupErrors.Prefix, StringComparison.Ordinal) && l.Contains(text, StringComparison.Ordinal)).ToList();
        return lines.Count == 1
            ? lines[0]
            : throw new Xunit.Sdk.XunitException($"Expected one start-up error line with \"{text}\", found {lines.Count}: {string.Join(" | ", lines)}");
    }

    private static Recorder Install()
    {
        var recorder = new Recorder(Console.Error);
        Console.SetError(recorder);
        return recorder;
    }

    private sealed class Recorder(TextWriter through) : TextWriter
    {
        private readonly StringBuilder _line = new();

        public ConcurrentQueue<string> Lines { get; } = new();

        public override Encoding Encoding => through.Encoding;

        public override void Write(char value)
        {
            through.Write(value);
            lock (_line)
            {
                if (value == '\n')
                {
                    Lines.Enqueue(_line.ToString().TrimEnd('\r'));
                    _line.Clear();
                }
                else
                {
                    _line.Append(value);
                }
            }
        }
    }
}
