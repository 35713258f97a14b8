using Microsoft.EntityFrameworkCore.Design;
using Termine.Booking.Persistence.Providers;

namespace Termine.Booking.Persistence;

/// <summary>For `dotnet ef migrations add` only: each provider's migrations are generated against its own context.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBookingDbContext>
{
    public SqliteBookingDbContext CreateDbContext(string[] args) => new(SqliteConventions.DesignTime<SqliteBookingDbContext>(migrationsHistoryTable: null));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBookingDbContext>
{
    public PostgresBookingDbContext CreateDbContext(string[] args) => new(PostgresConventions.DesignTime<PostgresBookingDbContext>(migrationsHistoryTable: null));
}
