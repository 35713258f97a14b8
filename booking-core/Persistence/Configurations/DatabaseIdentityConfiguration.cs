using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Termine.Booking.Persistence.Identity;

namespace Termine.Booking.Persistence.Configurations;

internal sealed class DatabaseIdentityConfiguration : IEntityTypeConfiguration<DatabaseIdentity>
{
    public void Configure(EntityTypeBuilder<DatabaseIdentity> builder)
    {
        builder.ToTable("DatabaseIdentity");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
    }
}
