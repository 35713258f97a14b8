using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Termine.Booking.Persistence.Identity;

namespace Termine.Booking.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDbContextFactory{BookingDbContext}"/> for the configured provider, read when first
    /// resolved. Callers create a short-lived context per unit of work, so a retry after a lost race starts clean.
    /// </summary>
    public static IServiceCollection AddBookingPersistence(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString ??= configuration.GetConnectionString(DatabaseOptions.ConnectionStringName))
            .Validate(o => o.Provider != DatabaseProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Termine:Database:Provider is Postgres but ConnectionStrings:Termine is empty.")
            .ValidateOnStart();

        services.AddTermineDbContext<BookingDbContext, SqliteBookingDbContext, PostgresBookingDbContext>(o => new SqliteBookingDbContext(o));
        services.AddSingleton<DatabaseGuard>();
        services.AddSingleton<DatabaseGuardInterceptor>();
        services.AddSingleton<DatabaseProbe>();
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }

    /// <summary>
    /// A relative file is taken from the working folder (the host makes it absolute against its content root first);
    /// the file's folder is created on demand.
    /// </summary>
    public static string SqliteConnectionString(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString) ? DatabaseOptions.DefaultSqliteConnectionString : connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && !builder.DataSource.StartsWith(':'))
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        builder.Pooling = true;
        return builder.ToString();
    }
}
