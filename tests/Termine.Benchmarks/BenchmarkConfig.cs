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
/// One call per iteration (InvocationCount 1, UnrollFactor 1), so Median and P95 are those of single bookings and
/// searches, not of averages over a batch. 300 warm-up calls let the JIT's tiering finish (with 20, the first-five
/// search measured twice as slow as in steady state); one launch and 500 measured calls keep the whole run at a few
/// minutes on two cores. Slow calls are kept (no outlier removal): they are what P95 is about. BenchmarkDotNet warns
/// that such iterations are shorter than 100 ms; that is intended here.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public const int WarmupIterations = 300;
    public const int MeasuredIterations = 500;

    public BenchmarkConfig()
    {
        AddJob(Job.Default
            .WithId("PerCall")
            .WithLaunchCount(1)
            .WithWarmupCount(WarmupIterations)
            .WithIterationCount(MeasuredIterations)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithOutlierMode(OutlierMode.DontRemove));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Min, StatisticColumn.Max, new OperationsPerSecondColumn());
        AddDiagnoser(MemoryDiagnoser.Default);
        SummaryStyle = SummaryStyle.Default.WithTimeUnit(TimeUnit.Millisecond);
    }

    /// <summary>Throughput of one caller after another: 1 / mean.</summary>
    public sealed class OperationsPerSecondColumn : IColumn
    {
        public string Id => nameof(OperationsPerSecondColumn);

        public string ColumnName => "Op/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Operations per second, one after another (1 / Mean)";

        public static double? Of(Summary summary, BenchmarkCase benchmarkCase) =>
            summary[benchmarkCase]?.ResultStatistics is { Mean: > 0 } statistics ? 1e9 / statistics.Mean : null;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            Of(summary, benchmarkCase)?.ToString("N0", CultureInfo.InvariantCulture) ?? "-";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
