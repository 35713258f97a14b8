using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Retention;

namespace Termine.Bot.State;

public static class BotStateServiceCollectionExtensions
{
    /// <summary>
    /// Conversation state and transcripts in the booking database: same provider and connection string, read from
    /// the <see cref="DatabaseOptions"/> that AddBookingCore registers (call it first). Contexts are short-lived,
    /// one per storage call, from a pooled factory.
    /// </summary>
    public static IServiceCollection AddBotState(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddPooledDbContextFactory<SqliteBotDbContext>((sp, o) => o.UseSqlite(
            PersistenceServiceCollectionExtensions.SqliteConnectionString(Database(sp).ConnectionString),
            sqlite => sqlite.MigrationsHistoryTable(BotDbContext.MigrationsHistoryTable)).AddInterceptors(SqliteBusyTimeoutInterceptor.Instance, sp.GetRequiredService<Termine.Booking.Persistence.Identity.DatabaseGuardInterceptor>(), ReadOnlyContexts.Instance));
        services.AddPooledDbContextFactory<PostgresBotDbContext>((sp, o) => o.UseNpgsql(
            Database(sp).ConnectionString,
            npgsql => npgsql.MigrationsHistoryTable(BotDbContext.MigrationsHistoryTable)).AddInterceptors(ReadOnlyContexts.Instance));
        services.AddSingleton<IDbContextFactory<BotDbContext>>(sp =>
            Database(sp).Provider == DatabaseProvider.Postgres
                ? new BotDbContextFactory<PostgresBotDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresBotDbContext>>())
                : new BotDbContextFactory<SqliteBotDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteBotDbContext>>()));
        services.AddDatabaseWrites<BotDbContext, SqliteBotDbContext>(o => new SqliteBotDbContext(o));
        services.AddSingleton<BotDatabaseMigrator>();
        services.AddDataProtectionInDatabase();

        services.AddSingleton<IStorage, EfStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<ConversationSummaries>();
        services.AddSingleton<IRetentionStep, ConversationRetention>();
        services.AddSingleton<ITranscriptStore, EfTranscriptStore>();
        // The SDK's TranscriptLoggerMiddleware asks for the logger half; it is the same store.
        services.AddSingleton<ITranscriptLogger>(sp => sp.GetRequiredService<ITranscriptStore>());
        return services;
    }

    private static DatabaseOptions Database(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DatabaseOptions>>().Value;

    private sealed class BotDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<BotDbContext>
        where TContext : BotDbContext
    {
        public BotDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
