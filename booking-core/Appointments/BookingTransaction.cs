using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence;
using Termine.Booking.Telemetry;

namespace Termine.Booking.Appointments;

/// <summary>
/// Runs a unit of work in a transaction and runs it again on a lost race (a unique index said "taken"), each time
/// with a fresh context, so the work sees what the winner committed. Only a successful outcome is committed: any
/// other leaves the database as it was. Each run is one span named by its operation, tagged with its outcome, so a
/// booking shows up as a trace with its database calls beneath.
/// </summary>
internal sealed class BookingTransaction(IDbContextFactory<BookingDbContext> contexts)
{
    private const int MaxAttempts = 5;

    public async Task<T> RunAsync<T>(
        string operation,
        Func<BookingDbContext, CancellationToken, Task<T>> work,
        Func<T, bool> succeeded,
        Func<T> whenRaceLost,
        CancellationToken cancellationToken)
    {
        using var activity = TermineTelemetry.Source.StartActivity(operation);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var committed = false;
            try
            {
                var result = await work(db, cancellationToken);
                if (succeeded(result))
                {
                    await transaction.CommitAsync(cancellationToken);
                    committed = true;
                }
                else
                {
                    await transaction.RollbackAsync(cancellationToken);
                }

                TermineTelemetry.TagOutcome(result);
                return result;
            }
            catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
            finally
            {
                db.EndUnitOfWork(committed);
            }
        }

        var lost = whenRaceLost();
        TermineTelemetry.TagOutcome(lost);
        return lost;
    }
}
