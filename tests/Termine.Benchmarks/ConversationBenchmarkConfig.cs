using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using Perfolizer.Mathematics.OutlierDetection;

namespace Termine.Benchmarks;

/// <summary>
/// Issue 5, in the style of <see cref="BenchmarkConfig"/>: one call per iteration (InvocationCount 1, UnrollFactor 1),
/// so Median, P95 and P99 are those of single turns and single date resolutions; 300 warm-up calls, no outlier
/// removal, one launch. 1,000 measured calls instead of 500, so that P99 rests on the slowest ten, not five.
/// Unlike there, no forced full garbage collection before each call (GcForce false): a host's turns are not preceded
/// by one either, so the collections a turn's allocations cause belong to its figures; and forcing two full blocking
/// collections of the host's heap 1,300 times per benchmark made a run take several times longer.
/// </summary>
public abstract class ConversationBenchmarkConfigBase : ManualConfig
{
    public const int WarmupIterations = 300;
    public const int MeasuredIterations = 1000;

    protected ConversationBenchmarkConfigBase(TimeUnit unit)
    {
        AddJob(Job.Default
            .WithId("PerCall")
            .WithLaunchCount(1)
            .WithWarmupCount(WarmupIterations)
            .WithIterationCount(MeasuredIterations)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithOutlierMode(OutlierMode.DontRemove)
            .WithGcForce(false));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Min, StatisticColumn.Max);
        AddDiagnoser(MemoryDiagnoser.Default);
        SummaryStyle = SummaryStyle.Default.WithTimeUnit(unit);
    }

    /// <summary>A percentile BenchmarkDotNet has no ready column for (it has P0 to P100 but not P99).</summary>
    public sealed class PercentileColumn(int percentile) : IColumn
    {
        public string Id => $"{nameof(PercentileColumn)}.{percentile}";

        public string ColumnName => $"P{percentile}";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => 10;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Time;

        public string Legend => $"Percentile {percentile}: {percentile} % of the calls were at least this fast";

        /// <summary>In nanoseconds.</summary>
        public static double? Of(Summary summary, BenchmarkCase benchmarkCase, int percentile) =>
            summary[benchmarkCase]?.ResultStatistics is { } statistics ? statistics.Percentiles.Percentile(percentile) : null;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (Of(summary, benchmarkCase, percentile) is not { } nanoseconds)
            {
                return "-";
            }

            var unit = style.TimeUnit ?? TimeUnit.Millisecond;
            return TimeUnit.Convert(nanoseconds, TimeUnit.Nanosecond, unit).ToString("N3", CultureInfo.InvariantCulture) + (style.PrintUnitsInContent ? " " + unit.Abbreviation : "");
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}

/// <summary>Turns, in milliseconds.</summary>
public sealed class WarmTurnConfig() : ConversationBenchmarkConfigBase(TimeUnit.Millisecond);

/// <summary>Date resolutions, in microseconds (the own parsers for ar, ru, uk take a few).</summary>
public sealed class DateResolutionConfig() : ConversationBenchmarkConfigBase(TimeUnit.Microsecond);
