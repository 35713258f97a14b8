using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Termine.Booking.Appointments;

namespace Termine.Booking.Persistence.Configurations;

internal sealed class SlotClaimConfiguration : IEntityTypeConfiguration<SlotClaim>
{
    public void Configure(EntityTypeBuilder<SlotClaim> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Team).HasMaxLength(32);
        builder.HasIndex(c => new { c.Team, c.Desk, c.UnitStart }).IsUnique();
        // Covers the free-slot search: desk and expiry come from the index without a lookup of each row.
        builder.HasIndex(c => new { c.Team, c.UnitStart, c.Desk, c.ExpiresAt });
        builder.HasIndex(c => c.AppointmentId);
        builder.HasOne<Appointment>().WithMany().HasForeignKey(c => c.AppointmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
