using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Npgsql;

namespace Termine.LoadTest;

/// <summary>
/// Everything one run measured, and its report: a Markdown section ready for docs/PERFORMANCE.md (the machine and its
/// load, the raw commit rate, one table row per step, the bookings per team, and issue 14's aims met or missed).
/// </summary>
/// <param name="RawCommits">
/// The raw SQLite commit rate on the run's disk, in the order measured (before the first step, and right before the
/// saturated step, whose throughput is compared with the last); empty when left out (<c>--raw-seconds 0</c>).
/// </param>
/// <param name="LoadAtStart">The load averages when the run began; <paramref name="LoadAtEnd"/> when it ended.</param>
public sealed record LoadReport(
    LoadOptions Options, string Provider, IReadOnlyList<StepResult> Steps, IReadOnlyList<RawCommitRate> RawCommits, IReadOnlyList<TeamBookings> Teams,
    string LoadAtStart, string LoadAtEnd)
{
    /// <summary>The aims of issue 14 for the lone resident against N = 200, and for saturated throughput against raw commits.</summary>
    private const double MaxP99OverLoneP50 = 6;

    private const double MaxP99Ms = 100;
    private const double MinShareOfRawCommits = 0.25;

    /// <summary>The raw commit rate the saturated throughput is compared with: the one measured last, nearest to it.</summary>
    private RawCommitRate? Raw => RawCommits.Count > 0 ? RawCommits[^1] : null;

    /// <summary>No step had an error, a double booking or a booking the database does not have (the exit code).</summary>
    public bool Passed => Steps.All(s => s.Passed);

    /// <param name="started">When the run began (UTC), for the report's heading.</param>
    public string ToMarkdown(string hostDll, string repositoryRoot, DateTimeOffset started)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

        Line($"### Load run {started:yyyy-MM-dd HH:mm} UTC: {Provider}, {Options.Hosts} host(s)");
        text.AppendLine();
        Line($"- command: `dotnet tests/Termine.LoadTest/bin/Release/net10.0/Termine.LoadTest.dll {CommandLine()}`");
        Line($"- machine: `nproc` {Environment.ProcessorCount}; {MachineInfo.CpuModel()}; {MachineInfo.Memory()} memory; {MachineInfo.OperatingSystem()}; {RuntimeInformation.FrameworkDescription}");
        Line($"- load average (1, 5, 15 min): {LoadAtStart} at the start, {LoadAtEnd} at the end");
        Line($"- host: `{Path.GetRelativePath(repositoryRoot, hostDll)}` built {File.GetLastWriteTimeUtc(hostDll):yyyy-MM-dd HH:mm} UTC, repository at commit {MachineInfo.Commit(repositoryRoot)}");
        foreach (var raw in RawCommits)
        {
            Line($"- raw SQLite commit rate on the run's disk {raw.When}: **{raw.PerSecond:N0} commits/s** ({raw.Commits:N0} single-row INSERT + COMMIT in {raw.Elapsed.TotalSeconds:N1} s; {raw.Settings})");
        }

        text.AppendLine();
        foreach (var header in StepResult.Header)
        {
            text.AppendLine(header);
        }

        foreach (var step in Steps)
        {
            text.AppendLine(step.Row());
        }

        text.AppendLine();
        if (Steps.FirstOrDefault(s => s.Saturated) is { } saturated)
        {
            Line($"Saturated (think time 0, N = {saturated.AtOnce} busy for {saturated.Window!.Duration.TotalSeconds:0.#} s, each starting a new conversation as one ends; {saturated.Conversations} conversations): **{saturated.BookingsPerSecond:N2} bookings/s, {saturated.TurnsPerSecond:N1} committed turns/s** in the window{ShareOfRaw(saturated)}.");
            text.AppendLine();
        }

        if (Teams.Count > 0)
        {
            text.AppendLine("Booked appointments in the database after the run (warm-up included), by desk team:");
            text.AppendLine();
            text.AppendLine("| team | booked | first day | last day |");
            text.AppendLine("| --- | ---: | --- | --- |");
            foreach (var team in Teams)
            {
                Line($"| {team.Team} | {team.Booked} | {team.FirstDay:yyyy-MM-dd} | {team.LastDay:yyyy-MM-dd} |");
            }

            text.AppendLine();
        }

        text.AppendLine("Aims (issue 14):");
        text.AppendLine();
        foreach (var aim in Aims())
        {
            text.AppendLine($"- {aim}");
        }

        text.AppendLine();
        text.AppendLine(Passed
            ? "Every step: no error, no double booking, every booking the residents were told of is in the database."
            : $"**Failed** in: {string.Join(", ", Steps.Where(s => !s.Passed).Select(s => s.Label))} (an error, a double booking or a booking missing from the database).");
        return text.ToString();
    }

    /// <summary>Each aim this run can judge, met or missed with the figures; aims whose steps were not run are left out.</summary>
    private IEnumerable<string> Aims()
    {
        string Verdict(bool met) => met ? "**met**" : "**missed**";
        var lone = Steps.FirstOrDefault(s => !s.Saturated && s.AtOnce == 1);
        var busy = Steps.FirstOrDefault(s => !s.Saturated && s.AtOnce == 200);
        if (busy is not null)
        {
            var p99 = busy.Statistics.ReplyPercentile(99);
            if (lone is not null)
            {
                var p50 = lone.Statistics.ReplyPercentile(50);
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"N = 200 p99 at most {MaxP99OverLoneP50:0} × the lone resident's p50: {Verdict(p99 <= MaxP99OverLoneP50 * p50)} ({p99:N1} ms = {p99 / p50:N1} × {p50:N1} ms)");
            }

            yield return string.Create(CultureInfo.InvariantCulture, $"N = 200 p99 under {MaxP99Ms:0} ms: {Verdict(p99 < MaxP99Ms)} ({p99:N1} ms)");
        }

        if (Steps.FirstOrDefault(s => s.Saturated) is { } saturated && Raw is not null)
        {
            var share = saturated.TurnsPerSecond / Raw.PerSecond;
            yield return string.Create(CultureInfo.InvariantCulture,
                $"saturated throughput at least {MinShareOfRawCommits:P0} of the raw SQLite commit rate: {Verdict(share >= MinShareOfRawCommits)} ({saturated.TurnsPerSecond:N1} committed turns/s = {share:P1} of {Raw.PerSecond:N0} commits/s)");
        }

        foreach (var large in Steps.Where(s => !s.Saturated && s.AtOnce == 500))
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"N = 500 no error, no double booking: {Verdict(large.Statistics.Errors.Count == 0 && large.DoubleBookings == 0)} ({large.Statistics.Errors.Values.Sum()} errors, {large.DoubleBookings} double bookings, {large.Statistics.References.Count} of 500 booked)");
        }
    }

    private string ShareOfRaw(StepResult saturated) => Raw is null
        ? ""
        : string.Create(CultureInfo.InvariantCulture,
            $" = {saturated.TurnsPerSecond / Raw.PerSecond:P1} (turns) and {saturated.BookingsPerSecond / Raw.PerSecond:P2} (bookings) of the raw commit rate");

    /// <summary>The options as given, with a PostgreSQL password left out: the report goes into the repository.</summary>
    private string CommandLine()
    {
        var parts = new List<string> { "-n", string.Join(",", Options.Series) };
        if (Options.Saturate is { } saturate)
        {
            parts.AddRange(["--saturate", saturate.ToString(CultureInfo.InvariantCulture)]);
            parts.AddRange(["--saturate-seconds", Options.SaturateDuration.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture)]);
        }

        parts.AddRange(["--think", Options.Think.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture)]);
        parts.AddRange(["--raw-seconds", Options.RawCommitDuration.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture)]);
        parts.AddRange(["--hosts", Options.Hosts.ToString(CultureInfo.InvariantCulture)]);
        if (Options.Postgres is not null)
        {
            var server = new NpgsqlConnectionStringBuilder(Options.Postgres) { Password = null };
            parts.AddRange(["--postgres", $"'{server.ConnectionString}'"]);
        }

        parts.AddRange(["--seed", Options.Seed.ToString(CultureInfo.InvariantCulture)]);
        return string.Join(" ", parts);
    }
}
