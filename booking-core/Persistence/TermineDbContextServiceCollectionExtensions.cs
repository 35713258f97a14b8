using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Termine.Booking.Persistence.Providers;
using Termine.Booking.Persistence.Writes;

namespace Termine.Booking.Persistence;

public static class TermineDbContextServiceCollectionExtensions
{
    /// <summary>
    /// Registers a context of Termine's database the one way every context is: a pooled factory per provider subclass
    /// (<typeparamref name="TSqlite"/>, <typeparamref name="TPostgres"/>, each with its own migrations) configured by
    /// <see cref="SqliteConventions"/> or <see cref="PostgresConventions"/>, <see cref="IDbContextFactory{TBase}"/> for
    /// the configured provider (read when first resolved), and <see cref="DatabaseWrites{TBase}"/>. Reads the
    /// <see cref="DatabaseOptions"/> that AddBookingPersistence registers.
    /// </summary>
    /// <param name="createSqlite">Makes the SQLite subclass on the write queue's connection.</param>
    /// <param name="migrationsHistoryTable">The context's own history table; null for EF Core's default.</param>
    public static IServiceCollection AddTermineDbContext<TBase, TSqlite, TPostgres>(
        this IServiceCollection services, Func<DbContextOptions<TSqlite>, TSqlite> createSqlite, string? migrationsHistoryTable = null)
        where TBase : DbContext
        where TSqlite : TBase
        where TPostgres : TBase
    {
        services.AddPooledDbContextFactory<TSqlite>((sp, o) => SqliteConventions.Use(o, sp, migrationsHistoryTable));
        services.AddPooledDbContextFactory<TPostgres>((sp, o) => PostgresConventions.Use(o, sp, migrationsHistoryTable));
        services.AddSingleton<IDbContextFactory<TBase>>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? new ProviderContextFactory<TBase, TPostgres>(sp.GetRequiredService<IDbContextFactory<TPostgres>>())
                : new ProviderContextFactory<TBase, TSqlite>(sp.GetRequiredService<IDbContextFactory<TSqlite>>()));
        services.AddDatabaseWrites<TBase, TSqlite>(createSqlite);
        return services;
    }

    /// <summary>
    /// As <see cref="AddTermineDbContext{TBase, TSqlite, TPostgres}"/>, for a further context whose tables live in the
    /// booking database: <see cref="DatabaseMigrator"/> migrates it after the booking context, in the order registered.
    /// </summary>
    public static IServiceCollection AddSharedDatabaseContext<TBase, TSqlite, TPostgres>(
        this IServiceCollection services, Func<DbContextOptions<TSqlite>, TSqlite> createSqlite, string migrationsHistoryTable)
        where TBase : DbContext
        where TSqlite : TBase
        where TPostgres : TBase
    {
        services.AddTermineDbContext<TBase, TSqlite, TPostgres>(createSqlite, migrationsHistoryTable);
        services.AddSingleton<ISharedDatabaseContext>(sp => new SharedDatabaseContext<TBase>(sp.GetRequiredService<IDbContextFactory<TBase>>()));
        return services;
    }

    private sealed class ProviderContextFactory<TBase, TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<TBase>
        where TBase : DbContext
        where TContext : TBase
    {
        public TBase CreateDbContext() => inner.CreateDbContext();
    }

    private sealed class SharedDatabaseContext<TContext>(IDbContextFactory<TContext> contexts) : ISharedDatabaseContext
        where TContext : DbContext
    {
        public async Task<DbContext> CreateAsync(CancellationToken cancellationToken) => await contexts.CreateDbContextAsync(cancellationToken);
    }
}
