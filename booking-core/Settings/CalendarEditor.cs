using Termine.Booking.Catalog;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Settings;

/// <summary>
/// An administrator's change to the office calendar (opening hours, desks, closing days): checked by the start-up
/// rules and against the catalog (every service's team keeps its desks), stored with its version, and in force on
/// this host as soon as it is stored.
/// </summary>
public sealed class CalendarEditor(SchedulingSource scheduling, ServiceCatalog catalog, SettingsStore store)
{
    /// <summary>A copy of the calendar in force to edit, with the version a save must name.</summary>
    public (SchedulingOptions Calendar, long Version) Current()
    {
        var version = scheduling.Version;
        return (SettingsJson.Copy(scheduling.Value), version);
    }

    public async Task<SettingsSaveResult> SaveAsync(
        SchedulingOptions changed, long expectedVersion, string changedBy, CancellationToken cancellationToken)
    {
        changed.ClosingDays = [.. changed.ClosingDays.OrderBy(d => d.Date)];
        var problems = SchedulingOptionsValidator.Check(changed).ToList();
        foreach (var team in catalog.Services.Select(s => s.Team).Distinct().Where(t => !changed.Desks.ContainsKey(t)))
        {
            problems.Add(new SettingsProblem($"Desks.{team}", $"is needed: services of team '{team}' are offered"));
        }

        if (problems.Count > 0)
        {
            return new SettingsSaveResult.Invalid(problems);
        }

        var version = await store.SaveAsync(SettingsStore.SchedulingKey, SettingsJson.Write(changed), expectedVersion, changedBy, cancellationToken);
        if (version is not { } saved)
        {
            return new SettingsSaveResult.Conflict();
        }

        scheduling.Replace(SettingsJson.Copy(changed), saved);
        return new SettingsSaveResult.Saved(saved);
    }
}
