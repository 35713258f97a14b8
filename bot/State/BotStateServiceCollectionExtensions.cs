using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Termine.Booking.Persistence;
using Termine.Booking.Retention;

namespace Termine.Bot.State;

public static class BotStateServiceCollectionExtensions
{
    /// <summary>
    /// Conversation state and transcripts in the booking database: same provider and connection string, read from
    /// the <see cref="DatabaseOptions"/> that AddBookingCore registers (call it first), migrated by its
    /// <see cref="DatabaseMigrator"/> after the booking tables. Contexts are short-lived, one per storage call, from a
    /// pooled factory.
    /// </summary>
    public static IServiceCollection AddBotState(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSharedDatabaseContext<BotDbContext, SqliteBotDbContext, PostgresBotDbContext>(o => new SqliteBotDbContext(o), BotDbContext.MigrationsHistoryTable);
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
}
