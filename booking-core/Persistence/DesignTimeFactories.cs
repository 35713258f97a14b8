using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Termine.Booking.Persistence;

/// <summary>For `dotnet ef migrations add` only: each provider's migrations are generated against its own context.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBookingDbContext>
{
    public SqliteBookingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteBookingDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBookingDbContext>
{
    public PostgresBookingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresBookingDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
