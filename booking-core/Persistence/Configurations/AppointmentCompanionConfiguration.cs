using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Termine.Booking.Appointments;

namespace Termine.Booking.Persistence.Configurations;

internal sealed class AppointmentCompanionConfiguration : IEntityTypeConfiguration<AppointmentCompanion>
{
    public void Configure(EntityTypeBuilder<AppointmentCompanion> builder)
    {
        builder.ToTable("AppointmentCompanions");
        builder.HasKey(c => new { c.AppointmentId, c.Position });
        builder.Property(c => c.FullName).HasMaxLength(BookingValidator.MaxNameLength);
        // A plain entity rather than an owned one, so retention can delete the rows in bulk.
        builder.HasOne<Appointment>().WithMany(a => a.Companions).HasForeignKey(c => c.AppointmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
