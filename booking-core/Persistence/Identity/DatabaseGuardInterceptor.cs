using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Termine.Booking.Persistence.Identity;

/// <summary>
/// Stops every use of a SQLite connection once the file Termine opened is no longer at its path. Pooled connections
/// keep reading and writing the deleted file, so bookings would answer 201 and their e-mails go out while the rows
/// live only in a file nobody can open again; and opening anew would create an empty database. Checked before each
/// open (EF Core opens once per query or save), so both contexts in the database are covered.
/// </summary>
public sealed class DatabaseGuardInterceptor(DatabaseGuard guard) : DbConnectionInterceptor
{
    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        guard.ThrowIfFileLost();
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        guard.ThrowIfFileLost();
        return ValueTask.FromResult(result);
    }
}
