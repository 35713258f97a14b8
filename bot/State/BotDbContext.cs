using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Termine.Bot.State;

/// <summary>
/// The bot's tables: conversation state, transcripts and summaries (this folder's), Direct Line's conversations
/// (<c>Channels/DirectLine</c>), the staff's accounts (<c>Admin/Access</c>) and action log (<c>Admin/ActionLog</c>). Each
/// feature owns its entities, their <see cref="IEntityTypeConfiguration{TEntity}"/> and the properties that reach its
/// tables; this context only assembles them, so State depends on none of them. It lives in the booking database but
/// keeps its own migrations and its own history table, so the two contexts can be migrated one after the other
/// without seeing each other's migrations. Each provider has its own subclass, as the booking context has. It also
/// keeps the data protection keys (sign-in cookies, anti-forgery tokens), so every host and every restart reads the
/// same ones.
/// </summary>
public abstract class BotDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The booking context keeps the default __EFMigrationsHistory; sharing it would mix both histories.</summary>
    public const string MigrationsHistoryTable = "__BotMigrationsHistory";

    /// <summary>The longest key stored as it is; longer keys are hashed to fit.</summary>
    public const int MaxKeyLength = 512;

    public DbSet<BotStateItem> BotStateItems => Set<BotStateItem>();

    public DbSet<TranscriptActivity> TranscriptActivities => Set<TranscriptActivity>();

    public DbSet<ConversationSummary> ConversationSummaries => Set<ConversationSummary>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Every entity configuration of the bot's assembly: each beside its feature's entities, all of them this context's.</summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly);
    }
}
