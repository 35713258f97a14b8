using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Termine.Bot.Admin.ActionLog;

internal sealed class StaffActionConfiguration : IEntityTypeConfiguration<StaffAction>
{
    public void Configure(EntityTypeBuilder<StaffAction> action)
    {
        action.ToTable(ActionLogTables.Actions);
        action.HasKey(a => a.Id);
        action.Property(a => a.Id).ValueGeneratedOnAdd();
        action.Property(a => a.UserName).HasMaxLength(StaffAction.MaxUserNameLength);
        action.Property(a => a.Action).HasMaxLength(StaffAction.MaxActionLength);
        action.Property(a => a.Subject).HasMaxLength(StaffAction.MaxSubjectLength);
        action.Property(a => a.Detail).HasMaxLength(StaffAction.MaxDetailLength);
        action.HasIndex(a => a.At);
        action.HasIndex(a => a.Subject);
    }
}
