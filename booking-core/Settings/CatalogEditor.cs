using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Settings;

/// <summary>
/// An administrator's change to the service catalog: checked by the start-up rules, stored with its version, and in
/// force on this host as soon as it is stored. A service that still has appointments ahead cannot be removed: its
/// residents' e-mails, reminders and check-in need its name.
/// </summary>
public sealed class CatalogEditor(
    ServiceCatalog catalog, SchedulingSource scheduling, SettingsStore store, IDbContextFactory<BookingDbContext> contexts,
    TimeProvider time)
{
    private static readonly AppointmentStatus[] Open =
        [AppointmentStatus.Held, AppointmentStatus.Booked, AppointmentStatus.Arrived, AppointmentStatus.Called];

    /// <summary>The catalog in force as a document to edit, with the version a save must name.</summary>
    public (CatalogFile Catalog, long Version) Current()
    {
        var version = catalog.Version;
        return (CatalogFile.From(catalog.Services), version);
    }

    public async Task<SettingsSaveResult> SaveAsync(
        CatalogFile changed, long expectedVersion, string changedBy, CancellationToken cancellationToken)
    {
        var calendar = scheduling.Value;
        var validation = CatalogLoader.Validate(changed, calendar.Desks.Keys.ToHashSet(), (int)calendar.SlotUnit.TotalMinutes);
        if (!validation.IsValid)
        {
            return new SettingsSaveResult.Invalid(validation.Problems);
        }

        var removed = catalog.Services.Select(s => s.Id)
            .Except(validation.Services.Select(s => s.Id), StringComparer.OrdinalIgnoreCase).ToList();
        var stillBooked = await StillBookedAsync(removed, cancellationToken);
        if (stillBooked.Count > 0)
        {
            return new SettingsSaveResult.Invalid(stillBooked);
        }

        var version = await store.SaveAsync(SettingsStore.CatalogKey, SettingsJson.Write(changed), expectedVersion, changedBy, cancellationToken);
        if (version is not { } saved)
        {
            return new SettingsSaveResult.Conflict();
        }

        catalog.Replace(validation.Services, saved);
        return new SettingsSaveResult.Saved(saved);
    }

    private async Task<List<SettingsProblem>> StillBookedAsync(List<string> removed, CancellationToken cancellationToken)
    {
        if (removed.Count == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var counts = await db.Appointments.AsNoTracking()
            .Where(a => removed.Contains(a.ServiceId) && Open.Contains(a.Status) && a.End > now)
            .GroupBy(a => a.ServiceId)
            .Select(g => new { ServiceId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts
            .Select(c => new SettingsProblem($"removed.{c.ServiceId}", $"still has {c.Count} appointments from now on and cannot be removed"))
            .ToList();
    }
}
