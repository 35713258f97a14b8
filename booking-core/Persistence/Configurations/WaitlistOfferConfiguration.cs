using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Termine.Booking.Appointments;
using Termine.Booking.Waitlist;

namespace Termine.Booking.Persistence.Configurations;

internal sealed class WaitlistOfferConfiguration : IEntityTypeConfiguration<WaitlistOffer>
{
    public void Configure(EntityTypeBuilder<WaitlistOffer> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.TokenHash).HasMaxLength(32);
        builder.HasIndex(o => o.TokenHash).IsUnique();
        builder.HasIndex(o => o.AppointmentId);
        // At most one open offer per entry, whatever two hosts do at once.
        builder.HasIndex(o => o.EntryId).IsUnique().HasFilter($"\"Outcome\" = {(int)OfferOutcome.Open}");
        builder.HasIndex(o => new { o.Outcome, o.ExpiresAt });
        builder.HasOne<WaitlistEntry>().WithMany().HasForeignKey(o => o.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Appointment>().WithMany().HasForeignKey(o => o.AppointmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
