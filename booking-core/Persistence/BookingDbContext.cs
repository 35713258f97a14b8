using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence.Identity;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Settings;
using Termine.Booking.Waitlist;

namespace Termine.Booking.Persistence;

/// <summary>
/// The booking database. Each provider has its own subclass so each keeps its own migrations;
/// code outside this folder only ever sees this base class.
/// </summary>
public abstract class BookingDbContext(DbContextOptions options) : DbContext(options), IUnitOfWorkContext
{
    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<AppointmentCompanion> AppointmentCompanions => Set<AppointmentCompanion>();

    public DbSet<SlotClaim> SlotClaims => Set<SlotClaim>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<SettingsDocument> SettingsDocuments => Set<SettingsDocument>();

    public DbSet<DatabaseIdentity> DatabaseIdentity => Set<DatabaseIdentity>();

    public DbSet<WaitlistEntry> WaitlistEntries => Set<WaitlistEntry>();

    public DbSet<WaitlistOffer> WaitlistOffers => Set<WaitlistOffer>();

    private readonly List<Action> _afterCommit = [];

    /// <summary>
    /// Something to do once this unit of work is committed (count and log a change), never when it is rolled back or
    /// retried after a lost race. Run by <see cref="DatabaseWrites{TContext}"/> once the commit is on disk.
    /// </summary>
    internal void AfterCommit(Action action) => _afterCommit.Add(action);

    void IUnitOfWorkContext.EndUnitOfWork(bool committed)
    {
        var actions = _afterCommit.ToList();
        // Cleared first: a pooled context is reused by the next unit of work.
        _afterCommit.Clear();
        if (committed)
        {
            actions.ForEach(a => a());
        }
    }


    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BookingDbContext).Assembly);
    }
}
