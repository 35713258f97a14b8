using System.Globalization;

namespace Termine.LoadTest;

/// <summary>The figures of one step of a run: N conversations at once with the given think time.</summary>
/// <param name="AtOnce">The step's N: conversations running at the same time.</param>
/// <param name="Conversations">Conversations started in the step: N, or more in the saturated step, which starts a new one as one ends.</param>
/// <param name="Window">The saturated step's measuring window; null for a step of the series.</param>
/// <param name="DoubleBookings">Overlapping pairs in the database after this step (all steps so far, as it is one database).</param>
public sealed record StepResult(
    int AtOnce, int Conversations, TimeSpan Think, SaturatedWindow? Window, LoadStatistics Statistics, TimeSpan Elapsed, IReadOnlyList<TimeSpan> HostCpu,
    TimeSpan OwnCpu, long BookedInDatabase, long DoubleBookings)
{
    /// <summary>Bookings a conversation reported that the database does not have as booked.</summary>
    public long MissingBookings => Statistics.References.Count - BookedInDatabase;

    public bool Passed => Statistics.Errors.Count == 0 && DoubleBookings == 0 && MissingBookings == 0;

    public bool Saturated => Window is not null;

    /// <summary>Turns per second over the wall time, or in the saturated step over its window.</summary>
    public double TurnsPerSecond => Window is { } window ? window.Turns / window.Duration.TotalSeconds : Statistics.Turns / Elapsed.TotalSeconds;

    public double BookingsPerSecond =>
        Window is { } window ? window.Bookings / window.Duration.TotalSeconds : Statistics.References.Count / Elapsed.TotalSeconds;

    public string Label => Saturated
        ? string.Create(CultureInfo.InvariantCulture, $"saturated, N = {AtOnce}")
        : string.Create(CultureInfo.InvariantCulture, $"N = {AtOnce}");

    /// <summary>The header of the table <see cref="Row"/> writes a line of.</summary>
    public static readonly string[] Header =
    [
        "| step | think | booked | turns | turns/s | bookings/s | reply p50 / p95 / p99 / max (ms) | POST p50 / p99 (ms) | slot taken | errors | double bookings | missing bookings | host CPU | tool CPU |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | --- | ---: | ---: | ---: | ---: |",
    ];

    /// <summary>One line of the report's table; CPU as a share of all cores over the step's wall time.</summary>
    public string Row()
    {
        var s = Statistics;
        var cores = Environment.ProcessorCount;
        string Ms(double value) => value.ToString("N1", CultureInfo.InvariantCulture);
        string Cpu(TimeSpan cpu) => (cpu / Elapsed / cores).ToString("P0", CultureInfo.InvariantCulture);
        var errors = s.Errors.Count == 0 ? "0" : string.Join(", ", s.Errors.Select(e => $"{e.Key}: {e.Value}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"| {Label} | {Think.TotalSeconds:0.##} s | {s.References.Count} / {Conversations} | {s.Turns:N0} | {TurnsPerSecond:N1} | {BookingsPerSecond:N2} | "
            + $"{Ms(s.ReplyPercentile(50))} / {Ms(s.ReplyPercentile(95))} / {Ms(s.ReplyPercentile(99))} / {Ms(s.ReplyPercentile(100))} | "
            + $"{Ms(s.PostPercentile(50))} / {Ms(s.PostPercentile(99))} | {s.SlotsTaken} | {errors} | {DoubleBookings} | {MissingBookings} | "
            + $"{string.Join(" + ", HostCpu.Select(Cpu))} | {Cpu(OwnCpu)} |");
    }
}
