using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;
using Termine.Booking.Persistence.Writes;

namespace Termine.Booking.Persistence.Providers;

/// <summary>
/// How every Termine context runs on PostgreSQL: its connection and its interceptors. The model needs no convention of
/// its own: `timestamptz` orders instants, and the default mapping is what the migrations were made with.
/// </summary>
public static class PostgresConventions
{
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, IServiceProvider services, string? migrationsHistoryTable) =>
        options.UseNpgsql(
                services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString,
                npgsql => HistoryTable(npgsql, migrationsHistoryTable))
            .AddInterceptors(ReadOnlyContexts.Instance);

    /// <summary>For `dotnet ef migrations add` only.</summary>
    public static DbContextOptions<TContext> DesignTime<TContext>(string? migrationsHistoryTable)
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=localhost;Database=design", npgsql => HistoryTable(npgsql, migrationsHistoryTable)).Options;

    private static void HistoryTable(NpgsqlDbContextOptionsBuilder npgsql, string? table)
    {
        if (table is not null)
        {
            npgsql.MigrationsHistoryTable(table);
        }
    }
}
