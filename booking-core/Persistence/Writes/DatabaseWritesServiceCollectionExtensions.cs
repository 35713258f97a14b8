using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Termine.Booking.Persistence.Writes;

public static class DatabaseWritesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DatabaseWrites{TContext}"/> for a context whose SQLite subclass <typeparamref name="TSqlite"/>
    /// is made by <paramref name="create"/>; the process's <see cref="SqliteWriteQueue"/> is shared by every context of
    /// the database.
    /// </summary>
    public static IServiceCollection AddDatabaseWrites<TContext, TSqlite>(
        this IServiceCollection services, Func<DbContextOptions<TSqlite>, TSqlite> create)
        where TContext : DbContext
        where TSqlite : TContext
    {
        services.TryAddSingleton<SqliteWriteQueue>();
        services.AddSingleton(sp => new DatabaseWrites<TContext>(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>(),
            sp.GetRequiredService<IDbContextFactory<TContext>>(),
            sp.GetRequiredService<SqliteWriteQueue>(),
            new ContextsOnConnection<TSqlite>(create).Create));
        return services;
    }

    /// <summary>
    /// Contexts bound to the queue's open connection. Their options are built once per connection: the queue keeps
    /// one open and calls from one loop only.
    /// </summary>
    private sealed class ContextsOnConnection<TSqlite>(Func<DbContextOptions<TSqlite>, TSqlite> create)
        where TSqlite : DbContext
    {
        private (DbConnection Connection, DbContextOptions<TSqlite> Options)? _bound;

        public TSqlite Create(DbConnection connection)
        {
            if (_bound is not { } bound || !ReferenceEquals(bound.Connection, connection))
            {
                bound = (connection, new DbContextOptionsBuilder<TSqlite>().UseSqlite(connection).Options);
                _bound = bound;
            }

            return create(bound.Options);
        }
    }
}
