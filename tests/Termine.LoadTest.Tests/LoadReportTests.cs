using Termine.LoadTest;

namespace Termine.LoadTest.Tests;

/// <summary>
/// The load tool's command line, its raw commit measurement on a real SQLite file, and its report's verdicts, from
/// figures given here (the tool's runs themselves are measurements, not tests).
/// </summary>
public sealed class LoadReportTests
{
    [Fact]
    public void Parse_CommaList_RunsTheStepsInOrder()
    {
        var (options, error) = LoadOptions.Parse(["-n", "1,50,200,500", "--saturate", "50", "--saturate-seconds", "20", "--raw-seconds", "0", "--markdown", "run.md"]);

        Assert.Null(error);
        Assert.Equal([1, 50, 200, 500], options!.Series);
        Assert.Equal(50, options.Saturate);
        Assert.Equal(TimeSpan.FromSeconds(20), options.SaturateDuration);
        Assert.Equal(TimeSpan.Zero, options.RawCommitDuration);
        Assert.Equal("run.md", options.Markdown);
        Assert.Equal(500, options.MostAtOnce);
    }

    [Fact]
    public void Parse_OneNumber_IsARunOfOneStepAsBefore()
    {
        var (options, error) = LoadOptions.Parse(["--conversations", "200", "--think", "0.5", "--seed", "7"]);

        Assert.Null(error);
        Assert.Equal([200], options!.Series);
        Assert.Null(options.Saturate);
        Assert.Equal(TimeSpan.FromSeconds(0.5), options.Think);
        Assert.Equal(7, options.Seed);
    }

    [Theory]
    [InlineData("-n", "1,,50")]
    [InlineData("-n", "0")]
    [InlineData("-n", "50,x")]
    [InlineData("--saturate", "0")]
    [InlineData("--raw-seconds", "-1")]
    [InlineData("--hosts", "2")]
    public void Parse_NotUnderstood_SaysWhat(string option, string value)
    {
        var (options, error) = LoadOptions.Parse([option, value]);

        Assert.Null(options);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void RawCommitRate_CommitsSingleRowsOnAWalFileWithFullSync()
    {
        var folder = Directory.CreateTempSubdirectory("termine-raw-").FullName;
        try
        {
            var raw = RawCommitRate.Measure(folder, TimeSpan.FromMilliseconds(200), "in a test");

            Assert.True(raw.Commits > 0);
            Assert.Contains("journal_mode=wal", raw.Settings, StringComparison.Ordinal);
            Assert.Contains("synchronous=2", raw.Settings, StringComparison.Ordinal);
            Assert.Equal("in a test", raw.When);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ToMarkdown_JudgesEachAimFromTheSteps()
    {
        var raw = new RawCommitRate("right before the saturated step", 1_000, TimeSpan.FromSeconds(1), "journal_mode=wal");
        var report = Report(
            [Step(1, replyMs: 20), Step(200, replyMs: 110), Step(500, replyMs: 300), Saturated(turns: 300, seconds: 1)], raw);

        var markdown = report.ToMarkdown("/nowhere/Termine.Bot.dll", Directory.GetCurrentDirectory(), new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));

        Assert.True(report.Passed);
        Assert.Contains("| N = 200 | 1 s | 1 / 200 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| saturated, N = 50 | 0 s |", markdown, StringComparison.Ordinal);
        Assert.Contains("N = 200 p99 at most 6 × the lone resident's p50: **met** (110.0 ms = 5.5 × 20.0 ms)", markdown, StringComparison.Ordinal);
        Assert.Contains("N = 200 p99 under 100 ms: **missed** (110.0 ms)", markdown, StringComparison.Ordinal);
        Assert.Contains("of the raw SQLite commit rate: **met** (300.0 committed turns/s = 30.0 % of 1,000 commits/s)", markdown, StringComparison.Ordinal);
        Assert.Contains("N = 500 no error, no double booking: **met**", markdown, StringComparison.Ordinal);
        Assert.Contains("`nproc`", markdown, StringComparison.Ordinal);
        Assert.Contains("load average (1, 5, 15 min): 0.50 0.40 0.30 at the start, 1.50 1.40 1.30 at the end", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_AnErrorOrADoubleBooking_FailsTheRunAndNamesTheStep()
    {
        var failing = Step(500, replyMs: 300) with { DoubleBookings = 1 };
        var report = Report([Step(1, replyMs: 20), failing], null);

        var markdown = report.ToMarkdown("/nowhere/Termine.Bot.dll", Directory.GetCurrentDirectory(), new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));

        Assert.False(report.Passed);
        Assert.Contains("N = 500 no error, no double booking: **missed** (0 errors, 1 double bookings", markdown, StringComparison.Ordinal);
        Assert.Contains("**Failed** in: N = 500", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_LeavesThePostgresPasswordOut()
    {
        var options = new LoadOptions { Postgres = "Host=db;Port=5432;Username=load;Password=very-secret", Hosts = 2 };
        var report = new LoadReport(options, "Postgres", [Step(1, replyMs: 20)], [], [], "0 0 0", "0 0 0");

        var markdown = report.ToMarkdown("/nowhere/Termine.Bot.dll", Directory.GetCurrentDirectory(), new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));

        Assert.DoesNotContain("very-secret", markdown, StringComparison.Ordinal);
        Assert.Contains("--hosts 2 --postgres 'Host=db;Port=5432;Username=load'", markdown, StringComparison.Ordinal);
    }

    private static LoadReport Report(IReadOnlyList<StepResult> steps, RawCommitRate? raw) =>
        new(new LoadOptions { Series = [1, 200, 500], Saturate = 50 }, "Sqlite", steps, raw is null ? [] : [raw],
            [new TeamBookings("service", 3, new DateOnly(2026, 12, 8), new DateOnly(2026, 12, 21))], "0.50 0.40 0.30", "1.50 1.40 1.30");

    /// <summary>A step of the series in which one resident booked and every turn took <paramref name="replyMs"/>.</summary>
    private static StepResult Step(int atOnce, double replyMs)
    {
        var statistics = new LoadStatistics();
        for (var i = 0; i < 10; i++)
        {
            statistics.Turn(TimeSpan.FromMilliseconds(replyMs), TimeSpan.FromMilliseconds(replyMs));
        }

        statistics.Booked("ACDE-FGHJ");
        return new StepResult(atOnce, atOnce, TimeSpan.FromSeconds(1), null, statistics, TimeSpan.FromSeconds(10), [TimeSpan.FromSeconds(1)],
            TimeSpan.Zero, BookedInDatabase: 1, DoubleBookings: 0);
    }

    private static StepResult Saturated(int turns, double seconds) =>
        Step(50, replyMs: 50) with { Think = TimeSpan.Zero, Window = new SaturatedWindow(TimeSpan.FromSeconds(seconds), turns, turns / 10) };
}
