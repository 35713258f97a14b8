using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Termine.Bot.Channels.DirectLine;

internal sealed class DirectLineActivityConfiguration : IEntityTypeConfiguration<DirectLineActivity>
{
    public void Configure(EntityTypeBuilder<DirectLineActivity> activity)
    {
        activity.ToTable(DirectLineTables.Activities);
        // The key gives each conversation's sequence numbers once: two hosts appending at once cannot both take one.
        activity.HasKey(a => new { a.ConversationId, a.Sequence });
        activity.Property(a => a.ConversationId).HasMaxLength(DirectLineConversation.MaxIdLength);
        activity.Property(a => a.Type).HasMaxLength(DirectLineActivity.MaxTypeLength);
        activity.HasOne<DirectLineConversation>().WithMany().HasForeignKey(a => a.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
