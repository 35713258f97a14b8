using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Telemetry;

namespace Termine.Booking.Appointments;

/// <summary>
/// Runs a booking's unit of work through <see cref="DatabaseWrites{TContext}"/> and runs it again on a lost race (a
/// unique index said "taken"), each time with a fresh context, so the work sees what the winner committed. Only a
/// successful outcome is committed: any other leaves the database as it was. Each run is one span named by its
/// operation, tagged with its outcome, so a booking shows up as a trace with its database calls beneath.
/// </summary>
internal sealed class BookingTransaction(DatabaseWrites<BookingDbContext> writes)
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
            try
            {
                var result = await writes.RunAsync(work, succeeded, cancellationToken);
                TermineTelemetry.TagOutcome(result);
                return result;
            }
            catch (Microsoft.EntityFrameworkCore.DbUpdateException ex) when (UniqueViolation.Is(ex))
            {
            }
        }

        var lost = whenRaceLost();
        TermineTelemetry.TagOutcome(lost);
        return lost;
    }
}
