using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Termine.Bot.State;

internal sealed class BotStateItemConfiguration : IEntityTypeConfiguration<BotStateItem>
{
    public void Configure(EntityTypeBuilder<BotStateItem> item)
    {
        item.HasKey(i => i.Key);
        item.Property(i => i.Key).HasMaxLength(BotDbContext.MaxKeyLength);
        item.Property(i => i.ETag).HasMaxLength(64);
    }
}
