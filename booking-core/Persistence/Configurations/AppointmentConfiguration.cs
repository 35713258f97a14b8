using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Termine.Booking.Appointments;

namespace Termine.Booking.Persistence.Configurations;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Reference).HasMaxLength(9);
        // Partial where a column is empty for many rows (holds have no reference or tokens, anonymised rows no tokens,
        // appointments not yet arrived no arrival day): such a row then writes no entry, a page less per commit. Every
        // look-up compares the column with a value, which implies IS NOT NULL, so both databases still use the index;
        // uniqueness is unchanged, as NULLs never collided.
        builder.HasIndex(a => a.Reference).IsUnique().HasFilter("\"Reference\" IS NOT NULL");
        builder.Property(a => a.ServiceId).HasMaxLength(64);
        builder.Property(a => a.Team).HasMaxLength(32);
        builder.Property(a => a.ClientKey).HasMaxLength(64);
        builder.Property(a => a.FullName).HasMaxLength(100);
        builder.Property(a => a.Email).HasMaxLength(254);
        builder.Property(a => a.Phone).HasMaxLength(30);
        builder.Property(a => a.Language).HasMaxLength(2);
        builder.Property(a => a.Channel).HasMaxLength(16);
        builder.Property(a => a.ChannelAddress).HasMaxLength(BookingService.MaxChannelAddressLength);
        builder.Property(a => a.CheckInTokenHash).HasMaxLength(32);
        builder.HasIndex(a => a.CheckInTokenHash).IsUnique().HasFilter("\"CheckInTokenHash\" IS NOT NULL");
        builder.Property(a => a.ManageTokenHash).HasMaxLength(32);
        builder.HasIndex(a => a.ManageTokenHash).IsUnique().HasFilter("\"ManageTokenHash\" IS NOT NULL");
        builder.HasIndex(a => new { a.ArrivalDay, a.WaitingNumber }).IsUnique().HasFilter("\"ArrivalDay\" IS NOT NULL");
        builder.HasIndex(a => new { a.Email, a.ServiceId, a.Status });
        builder.HasIndex(a => new { a.ClientKey, a.Status });
        builder.HasIndex(a => new { a.Start, a.Status });
        builder.Property(a => a.CalledDesk).HasMaxLength(Appointment.MaxCalledDeskLength);
        // The waiting area's lists and the retention sweep read by arrival day and by anonymisation.
        builder.HasIndex(a => new { a.AnonymisedAt, a.Start });
    }
}
