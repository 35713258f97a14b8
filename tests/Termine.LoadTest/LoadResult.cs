using System.Globalization;

namespace Termine.LoadTest;

/// <summary>The figures of one run, and their report as printed (a Markdown table, ready for docs/PERFORMANCE.md).</summary>
public sealed record LoadResult(
    LoadOptions Options, string Provider, LoadStatistics Statistics, TimeSpan Elapsed, IReadOnlyList<TimeSpan> HostCpu, TimeSpan OwnCpu,
    long BookedInDatabase, long DoubleBookings)
{
    /// <summary>Bookings a conversation reported that the database does not have as booked.</summary>
    public long MissingBookings => Statistics.References.Count - BookedInDatabase;

    public bool Passed => Statistics.Errors.Count == 0 && DoubleBookings == 0 && MissingBookings == 0;

    public void Print(TextWriter output)
    {
        var s = Statistics;
        var cores = Environment.ProcessorCount;
        string Ms(double value) => value.ToString("N1", CultureInfo.InvariantCulture);
        string Cpu(TimeSpan cpu) => (cpu / Elapsed / cores).ToString("P0", CultureInfo.InvariantCulture);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {Options.Conversations} conversations, {Provider}, {Options.Hosts} host(s), think {Options.Think.TotalSeconds:0.##} s | |"));
        output.WriteLine("| --- | ---: |");
        output.WriteLine($"| conversations completed (booked) | {s.References.Count} of {Options.Conversations} |");
        output.WriteLine($"| turns | {s.Turns} |");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| wall time | {Elapsed.TotalSeconds:N1} s |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| turns/s | {s.Turns / Elapsed.TotalSeconds:N1} |"));
        output.WriteLine($"| reply latency p50 / p95 / p99 / max (ms) | {Ms(s.ReplyPercentile(50))} / {Ms(s.ReplyPercentile(95))} / {Ms(s.ReplyPercentile(99))} / {Ms(s.ReplyPercentile(100))} |");
        output.WriteLine($"| POST answered p50 / p99 (ms) | {Ms(s.PostPercentile(50))} / {Ms(s.PostPercentile(99))} |");
        output.WriteLine($"| \"slot taken\", chose another | {s.SlotsTaken} |");
        output.WriteLine($"| errors | {(s.Errors.Count == 0 ? "0" : string.Join(", ", s.Errors.Select(e => $"{e.Key}: {e.Value}")))} |");
        output.WriteLine($"| double bookings (database) | {DoubleBookings} |");
        output.WriteLine($"| bookings missing from the database | {MissingBookings} |");
        output.WriteLine($"| CPU of {cores} cores: host(s) / this tool | {string.Join(" + ", HostCpu.Select(Cpu))} / {Cpu(OwnCpu)} |");
        foreach (var example in s.ErrorExamples)
        {
            output.WriteLine($"// {example}");
        }
    }
}
