using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Termine.Booking.Catalog;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Settings;

/// <summary>
/// Brings the stored catalog and calendar into force: at start (a stored document wins over the data file and the
/// configuration), then every <see cref="Interval"/> when another host saved a newer version. The check between is
/// one small query for the versions; a document is read only when its version moved.
/// </summary>
public sealed partial class SettingsRefresher(
    SettingsStore store, ServiceCatalog catalog, SchedulingSource scheduling, TimeProvider time, ILogger<SettingsRefresher> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>Before the host takes requests; an invalid stored document stops the start as an invalid file would.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var problems = await RefreshAsync(cancellationToken);
        if (problems.Count > 0)
        {
            throw new CatalogInvalidException("stored settings", problems);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var problem in await RefreshAsync(stoppingToken))
                {
                    Log.StoredSettingIgnored(logger, problem.Field, problem.Message);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.RefreshFailed(logger, ex);
            }
        }
    }

    /// <summary>Applies every stored document newer than the one in force.</summary>
    /// <returns>The problems of a stored document that was not applied (it stays as it was).</returns>
    public async Task<IReadOnlyList<SettingsProblem>> RefreshAsync(CancellationToken cancellationToken)
    {
        var versions = await store.VersionsAsync(cancellationToken);
        if (versions.GetValueOrDefault(SettingsStore.SchedulingKey) > scheduling.Version
            && await store.FindAsync(SettingsStore.SchedulingKey, cancellationToken) is { } calendarDocument)
        {
            var calendar = SettingsJson.ReadScheduling(calendarDocument.Json);
            var problems = calendar is null ? [new SettingsProblem("scheduling", "is not valid JSON")] : SchedulingOptionsValidator.Check(calendar);
            if (problems.Count > 0)
            {
                return problems;
            }

            scheduling.Replace(calendar!, calendarDocument.Version);
            Log.Applied(logger, SettingsStore.SchedulingKey, calendarDocument.Version);
        }

        if (versions.GetValueOrDefault(SettingsStore.CatalogKey) > catalog.Version
            && await store.FindAsync(SettingsStore.CatalogKey, cancellationToken) is { } catalogDocument)
        {
            var calendar = scheduling.Value;
            var validation = CatalogLoader.Parse(catalogDocument.Json, calendar.Desks.Keys.ToHashSet(), (int)calendar.SlotUnit.TotalMinutes);
            if (!validation.IsValid)
            {
                return validation.Problems;
            }

            catalog.Replace(validation.Services, catalogDocument.Version);
            Log.Applied(logger, SettingsStore.CatalogKey, catalogDocument.Version);
        }

        return [];
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Settings {Key} version {Version} in force")]
        public static partial void Applied(ILogger logger, string key, long version);

        [LoggerMessage(EventId = 7102, Level = LogLevel.Error, Message = "A stored setting is not valid and was not applied: {Field} {Problem}")]
        public static partial void StoredSettingIgnored(ILogger logger, string field, string problem);

        [LoggerMessage(EventId = 7103, Level = LogLevel.Warning, Message = "Could not check the stored settings; will try again")]
        public static partial void RefreshFailed(ILogger logger, Exception exception);
    }
}
