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
public sealed class SettingsRefresher(
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
                    logger.StoredSettingIgnored(problem.Field, problem.Message);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.SettingsRefreshFailed(ex);
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
            logger.SettingsApplied(SettingsStore.SchedulingKey, calendarDocument.Version);
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
            logger.SettingsApplied(SettingsStore.CatalogKey, catalogDocument.Version);
        }

        return [];
    }
}
