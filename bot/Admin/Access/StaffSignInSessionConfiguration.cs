using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Termine.Bot.Admin.Access;

internal sealed class StaffSignInSessionConfiguration : IEntityTypeConfiguration<StaffSignInSession>
{
    public void Configure(EntityTypeBuilder<StaffSignInSession> session)
    {
        session.ToTable(AccessTables.Sessions);
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).HasMaxLength(StaffSignInSession.IdLength);
        session.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        session.HasIndex(s => s.LastSeenAt);
    }
}
