namespace Termine.Booking.Persistence.Writes;

/// <summary>A context that keeps work for after its unit of work's commit (<see cref="BookingDbContext.AfterCommit"/>).</summary>
public interface IUnitOfWorkContext
{
    /// <summary>Runs what waited for the commit, or with <paramref name="committed"/> false only forgets it.</summary>
    void EndUnitOfWork(bool committed);
}
