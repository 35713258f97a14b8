using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Termine.Booking.Settings;

namespace Termine.Booking.Persistence.Configurations;

internal sealed class SettingsDocumentConfiguration : IEntityTypeConfiguration<SettingsDocument>
{
    public void Configure(EntityTypeBuilder<SettingsDocument> builder)
    {
        builder.HasKey(d => d.Key);
        builder.Property(d => d.Key).HasMaxLength(SettingsDocument.MaxKeyLength);
        builder.Property(d => d.ChangedBy).HasMaxLength(SettingsDocument.MaxChangedByLength);
        builder.Property(d => d.Version).IsConcurrencyToken();
    }
}
