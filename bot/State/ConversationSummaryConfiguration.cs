using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Termine.Bot.State;

internal sealed class ConversationSummaryConfiguration : IEntityTypeConfiguration<ConversationSummary>
{
    public void Configure(EntityTypeBuilder<ConversationSummary> summary)
    {
        summary.HasKey(s => new { s.ChannelId, s.ConversationId });
        summary.Property(s => s.ChannelId).HasMaxLength(ConversationSummary.MaxChannelIdLength);
        summary.Property(s => s.ConversationId).HasMaxLength(ConversationSummary.MaxConversationIdLength);
        summary.Property(s => s.Language).HasMaxLength(2);
        summary.HasIndex(s => s.StartedAt);
        summary.HasIndex(s => s.AppointmentId);
    }
}
