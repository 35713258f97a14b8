using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Termine.Booking.Persistence.Identity;
using Termine.Booking.Persistence.Writes;

namespace Termine.Booking.Persistence.Providers;

/// <summary>How every Termine context runs on SQLite: its model conventions, its connection and its interceptors.</summary>
public static class SqliteConventions
{
    /// <summary>
    /// SQLite cannot order or compare DateTimeOffset; as UTC ticks it can, whatever offset an instant was written with.
    /// </summary>
    public static void ConfigureModel(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();

    /// <summary>The configured database, waiting for another connection's lock and guarded against a lost file.</summary>
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, IServiceProvider services, string? migrationsHistoryTable) =>
        options.UseSqlite(
                PersistenceServiceCollectionExtensions.SqliteConnectionString(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString),
                sqlite => HistoryTable(sqlite, migrationsHistoryTable))
            .AddInterceptors(SqliteBusyTimeoutInterceptor.Instance, services.GetRequiredService<DatabaseGuardInterceptor>(), ReadOnlyContexts.Instance);

    /// <summary>For `dotnet ef migrations add` only.</summary>
    public static DbContextOptions<TContext> DesignTime<TContext>(string? migrationsHistoryTable)
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>().UseSqlite("Data Source=design.db", sqlite => HistoryTable(sqlite, migrationsHistoryTable)).Options;

    private static void HistoryTable(Microsoft.EntityFrameworkCore.Infrastructure.SqliteDbContextOptionsBuilder sqlite, string? table)
    {
        if (table is not null)
        {
            sqlite.MigrationsHistoryTable(table);
        }
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        instant => instant.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
