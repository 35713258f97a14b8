using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Termine.Booking.Persistence;

public sealed class PostgresBookingDbContext(DbContextOptions<PostgresBookingDbContext> options) : BookingDbContext(options)
{
    public override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
