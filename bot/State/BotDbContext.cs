using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Termine.Bot.Admin.Access;
using Termine.Bot.Admin.ActionLog;

namespace Termine.Bot.State;

/// <summary>
/// The bot's conversation state, transcripts and Direct Line conversations, and the staff's accounts and action log. It lives in the booking database but keeps
/// its own migrations and its own history table, so the two contexts can be migrated one after the other without
/// seeing each other's migrations. Each provider has its own subclass, as the booking context has. It also keeps the
/// data protection keys (sign-in cookies, anti-forgery tokens), so every host and every restart reads the same ones.
/// </summary>
public abstract class BotDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The booking context keeps the default __EFMigrationsHistory; sharing it would mix both histories.</summary>
    public const string MigrationsHistoryTable = "__BotMigrationsHistory";

    /// <summary>The longest key stored as it is; longer keys are hashed to fit.</summary>
    public const int MaxKeyLength = 512;

    /// <summary>The longest Direct Line conversation id; the channel makes them much shorter.</summary>
    public const int DirectLineIdLength = 64;

    /// <summary>The longest activity type a Direct Line client may post.</summary>
    public const int DirectLineTypeLength = 64;

    public DbSet<BotStateItem> BotStateItems => Set<BotStateItem>();

    public DbSet<TranscriptActivity> TranscriptActivities => Set<TranscriptActivity>();

    public DbSet<DirectLineConversation> DirectLineConversations => Set<DirectLineConversation>();

    public DbSet<DirectLineActivity> DirectLineActivities => Set<DirectLineActivity>();

    public DbSet<ConversationSummary> ConversationSummaries => Set<ConversationSummary>();

    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();

    public DbSet<StaffAction> StaffActions => Set<StaffAction>();

    public DbSet<StaffSignInSession> StaffSessions => Set<StaffSignInSession>();

    public DbSet<SignInCounter> SignInCounters => Set<SignInCounter>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();


    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BotStateItem>(item =>
        {
            item.HasKey(i => i.Key);
            item.Property(i => i.Key).HasMaxLength(MaxKeyLength);
            item.Property(i => i.ETag).HasMaxLength(64);
        });

        modelBuilder.Entity<TranscriptActivity>(activity =>
        {
            activity.HasKey(a => a.Id);
            activity.Property(a => a.Id).ValueGeneratedOnAdd();
            // One conversation's activities in order; and the conversations of a channel by their first activity.
            activity.HasIndex(a => new { a.ChannelId, a.ConversationId, a.Timestamp });
            activity.HasIndex(a => new { a.ChannelId, a.Timestamp });
        });

        modelBuilder.Entity<DirectLineConversation>(conversation =>
        {
            conversation.HasKey(c => c.Id);
            conversation.Property(c => c.Id).HasMaxLength(DirectLineIdLength);
        });

        modelBuilder.Entity<DirectLineActivity>(activity =>
        {
            // The key gives each conversation's sequence numbers once: two hosts appending at once cannot both take one.
            activity.HasKey(a => new { a.ConversationId, a.Sequence });
            activity.Property(a => a.ConversationId).HasMaxLength(DirectLineIdLength);
            activity.Property(a => a.Type).HasMaxLength(DirectLineTypeLength);
            activity.HasOne<DirectLineConversation>().WithMany().HasForeignKey(a => a.ConversationId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ConversationSummary>(summary =>
        {
            summary.HasKey(s => new { s.ChannelId, s.ConversationId });
            summary.Property(s => s.ChannelId).HasMaxLength(ConversationSummary.MaxChannelIdLength);
            summary.Property(s => s.ConversationId).HasMaxLength(ConversationSummary.MaxConversationIdLength);
            summary.Property(s => s.Language).HasMaxLength(2);
            summary.HasIndex(s => s.StartedAt);
            summary.HasIndex(s => s.AppointmentId);
        });

        modelBuilder.Entity<StaffUser>(user =>
        {
            user.HasKey(u => u.Id);
            user.Property(u => u.UserName).HasMaxLength(StaffUser.MaxUserNameLength);
            user.HasIndex(u => u.UserName).IsUnique();
            user.Property(u => u.DisplayName).HasMaxLength(StaffUser.MaxDisplayNameLength);
            user.Property(u => u.PasswordHash).HasMaxLength(256);
            user.Property(u => u.SecurityStamp).HasMaxLength(64).IsConcurrencyToken();
        });

        modelBuilder.Entity<StaffAction>(action =>
        {
            action.HasKey(a => a.Id);
            action.Property(a => a.Id).ValueGeneratedOnAdd();
            action.Property(a => a.UserName).HasMaxLength(StaffAction.MaxUserNameLength);
            action.Property(a => a.Action).HasMaxLength(StaffAction.MaxActionLength);
            action.Property(a => a.Subject).HasMaxLength(StaffAction.MaxSubjectLength);
            action.Property(a => a.Detail).HasMaxLength(StaffAction.MaxDetailLength);
            action.HasIndex(a => a.At);
            action.HasIndex(a => a.Subject);
        });

        modelBuilder.Entity<StaffSignInSession>(session =>
        {
            session.HasKey(s => s.Id);
            session.Property(s => s.Id).HasMaxLength(StaffSignInSession.IdLength);
            session.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
            session.HasIndex(s => s.LastSeenAt);
        });

        modelBuilder.Entity<SignInCounter>(counter =>
        {
            counter.HasKey(c => c.Key);
            counter.Property(c => c.Key).HasMaxLength(SignInCounter.MaxKeyLength);
            counter.HasIndex(c => c.ExpiresAt);
        });
    }
}
