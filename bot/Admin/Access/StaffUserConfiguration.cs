using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Termine.Bot.Admin.Access;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> user)
    {
        user.ToTable(AccessTables.Users);
        user.HasKey(u => u.Id);
        user.Property(u => u.UserName).HasMaxLength(StaffUser.MaxUserNameLength);
        user.HasIndex(u => u.UserName).IsUnique();
        user.Property(u => u.DisplayName).HasMaxLength(StaffUser.MaxDisplayNameLength);
        user.Property(u => u.PasswordHash).HasMaxLength(256);
        user.Property(u => u.SecurityStamp).HasMaxLength(64).IsConcurrencyToken();
    }
}
