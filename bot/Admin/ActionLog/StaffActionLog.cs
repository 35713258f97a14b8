using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Termine.Bot.Admin.Access;
using Termine.Bot.State;

namespace Termine.Bot.Admin.ActionLog;

/// <summary>
/// Writes who looked at or changed what. Callers pass references, ids and kinds only, never a resident's data: the log
/// outlives the retention period of the appointments it names.
/// </summary>
public sealed class StaffActionLog(IDbContextFactory<BotDbContext> contexts, TimeProvider time)
{
    public Task RecordAsync(ClaimsPrincipal staff, string action, string? subject, CancellationToken cancellationToken) =>
        RecordAsync(staff.UserName(), action, subject, detail: null, cancellationToken);

    public Task RecordAsync(ClaimsPrincipal staff, string action, string? subject, string? detail, CancellationToken cancellationToken) =>
        RecordAsync(staff.UserName(), action, subject, detail, cancellationToken);

    public async Task RecordAsync(string userName, string action, string? subject, string? detail, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.StaffActions.Add(new StaffAction
        {
            At = time.GetUtcNow(),
            UserName = Truncate(userName, StaffAction.MaxUserNameLength)!,
            Action = Truncate(action, StaffAction.MaxActionLength)!,
            Subject = Truncate(subject, StaffAction.MaxSubjectLength),
            Detail = Truncate(detail, StaffAction.MaxDetailLength),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Truncate(string? value, int length) => value is { Length: var n } && n > length ? value[..length] : value;
}
