using Microsoft.EntityFrameworkCore;
using Termine.Booking;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;

namespace Termine.Bot.Admin.ServicePoint;

/// <summary>
/// Finds appointments for the service point: a day's or week's list and a search over all dates. Every query reads
/// by an indexed column where one fits (start, reference, e-mail) and only the columns a row shows.
/// </summary>
public sealed class AppointmentDirectory(
    IDbContextFactory<BookingDbContext> contexts, ServiceCatalog catalog, OfficeClock clock)
{
    /// <summary>More hits than a person can read; the search asks for a narrower term beyond this.</summary>
    public const int MaxSearchResults = 50;

    public const int MinSearchLength = 3;

    /// <summary>The booked appointments (in any later status) starting on the days from <paramref name="from"/>, in time order.</summary>
    public async Task<IReadOnlyList<AppointmentRow>> ListAsync(DateOnly from, int days, CancellationToken cancellationToken)
    {
        var start = clock.ToInstant(from, TimeOnly.MinValue);
        var end = clock.ToInstant(from.AddDays(days), TimeOnly.MinValue);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Appointments.AsNoTracking()
            .Where(a => a.Start >= start && a.Start < end && a.Status != AppointmentStatus.Held && a.Status != AppointmentStatus.Expired);
        return await ToRowsAsync(query, cancellationToken);
    }

    /// <summary>
    /// By reference (any spelling), whole e-mail address (both by index) or part of the name of any person of the
    /// booking (a scan), case-insensitive,
    /// newest first; at most
    /// <see cref="MaxSearchResults"/>.
    /// </summary>
    public async Task<IReadOnlyList<AppointmentRow>> SearchAsync(string text, CancellationToken cancellationToken)
    {
        var term = text.Trim().ToLowerInvariant();
        if (term.Length < MinSearchLength)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var booked = db.Appointments.AsNoTracking().Where(a => a.Reference != null);
        var query = ReferenceGenerator.Normalize(text) is { } reference
            ? booked.Where(a => a.Reference == reference)
            : term.Contains('@')
                ? booked.Where(a => a.Email == term)
                : booked.Where(a => a.FullName!.ToLower().Contains(term) || a.Companions.Any(c => c.FullName.ToLower().Contains(term)));
        return await ToRowsAsync(query.OrderByDescending(a => a.Start).Take(MaxSearchResults), cancellationToken);
    }

    public async Task<Appointment?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Appointments.AsNoTracking()
            .Include(a => a.Companions.OrderBy(c => c.Position))
            .SingleOrDefaultAsync(a => a.Id == id && a.Reference != null, cancellationToken);
    }

    public string ServiceName(string serviceId) => catalog.Find(serviceId)?.Name[Languages.Default] ?? serviceId;

    private async Task<IReadOnlyList<AppointmentRow>> ToRowsAsync(IQueryable<Appointment> query, CancellationToken cancellationToken)
    {
        var rows = await query
            .Select(a => new { a.Id, a.Reference, a.Team, a.Start, a.End, a.ServiceId, a.FullName, a.Persons, a.Language, a.Status, a.ReconfirmedAt })
            .ToListAsync(cancellationToken);
        return rows
            .Select(a => new AppointmentRow(a.Id, a.Reference!, a.Team, clock.ToLocal(a.Start), clock.ToLocal(a.End),
                ServiceName(a.ServiceId), a.FullName, a.Persons, a.Language, a.Status,
                a.ReconfirmedAt is { } at ? clock.ToLocal(at) : null))
            .OrderBy(a => a.Start)
            .ToList();
    }
}
