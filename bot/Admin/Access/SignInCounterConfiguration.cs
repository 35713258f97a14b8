using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Termine.Bot.Admin.Access;

internal sealed class SignInCounterConfiguration : IEntityTypeConfiguration<SignInCounter>
{
    public void Configure(EntityTypeBuilder<SignInCounter> counter)
    {
        counter.ToTable(AccessTables.Counters);
        counter.HasKey(c => c.Key);
        counter.Property(c => c.Key).HasMaxLength(SignInCounter.MaxKeyLength);
        counter.HasIndex(c => c.ExpiresAt);
    }
}
