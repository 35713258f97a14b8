using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence;

namespace Termine.Booking.Appointments;

/// <summary>
/// Runs a unit of work in a transaction and runs it again on a lost race (a unique index said "taken"), each time
/// with a fresh context, so the work sees what the winner committed. Only a successful outcome is committed: any
/// other leaves the database as it was.
/// </summary>
internal sealed class BookingTransaction(IDbContextFactory<BookingDbContext> contexts)
{
    private const int MaxAttempts = 5;

    public async Task<T> RunAsync<T>(
        Func<BookingDbContext, CancellationToken, Task<T>> work,
        Func<T, bool> succeeded,
        Func<T> whenRaceLost,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var result = await work(db, cancellationToken);
                if (succeeded(result))
                {
                    await transaction.CommitAsync(cancellationToken);
                }
                else
                {
                    await transaction.RollbackAsync(cancellationToken);
                }

                return result;
            }
            catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
        }

        return whenRaceLost();
    }
}
