using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Termine.Bot.State;

internal sealed class TranscriptActivityConfiguration : IEntityTypeConfiguration<TranscriptActivity>
{
    public void Configure(EntityTypeBuilder<TranscriptActivity> activity)
    {
        activity.HasKey(a => a.Id);
        activity.Property(a => a.Id).ValueGeneratedOnAdd();
        // One conversation's activities in order; and the conversations of a channel by their first activity.
        activity.HasIndex(a => new { a.ChannelId, a.ConversationId, a.Timestamp });
        activity.HasIndex(a => new { a.ChannelId, a.Timestamp });
    }
}
