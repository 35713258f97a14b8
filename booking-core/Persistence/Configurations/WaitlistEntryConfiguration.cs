using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Termine.Booking.Notifications;
using Termine.Booking.Waitlist;

namespace Termine.Booking.Persistence.Configurations;

internal sealed class WaitlistEntryConfiguration : IEntityTypeConfiguration<WaitlistEntry>
{
    public void Configure(EntityTypeBuilder<WaitlistEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Reference).HasMaxLength(11);
        builder.HasIndex(e => e.Reference).IsUnique();
        builder.Property(e => e.ServiceId).HasMaxLength(64);
        builder.Property(e => e.FullName).HasMaxLength(100);
        builder.Property(e => e.Email).HasMaxLength(254);
        builder.Property(e => e.Phone).HasMaxLength(30);
        builder.Property(e => e.Language).HasMaxLength(2);
        builder.Property(e => e.Channel).HasMaxLength(16);
        builder.Property(e => e.ChannelAddress).HasMaxLength(WaitlistEntry.MaxChannelAddressLength);
        builder.Property(e => e.LeaveTokenHash).HasMaxLength(32);
        builder.HasIndex(e => e.LeaveTokenHash).IsUnique();
        // One address waits at most once per service (waiting or offered), decided by the database for two joins at once.
        builder.HasIndex(e => new { e.Email, e.ServiceId }).IsUnique()
            .HasFilter($"\"State\" IN ({(int)WaitlistEntryState.Waiting}, {(int)WaitlistEntryState.Offered})");
        builder.HasIndex(e => new { e.State, e.To });

        // The waiting list's e-mails belong to their entry and go with it (retention deletes the entry).
        builder.HasMany<OutboxMessage>().WithOne().HasForeignKey(m => m.WaitlistEntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
