using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Termine.Bot.Channels.DirectLine;

internal sealed class DirectLineConversationConfiguration : IEntityTypeConfiguration<DirectLineConversation>
{
    public void Configure(EntityTypeBuilder<DirectLineConversation> conversation)
    {
        conversation.ToTable(DirectLineTables.Conversations);
        conversation.HasKey(c => c.Id);
        conversation.Property(c => c.Id).HasMaxLength(DirectLineConversation.MaxIdLength);
    }
}
