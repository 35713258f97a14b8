using System.Security.Claims;
using Termine.Booking.Persistence.Writes;
using Termine.Bot.Admin.Access;
using Termine.Bot.State;

namespace Termine.Bot.Admin.ActionLog;

/// <summary>
/// Writes who looked at or changed what. Callers pass references, ids and kinds only, never a resident's data: the log
/// outlives the retention period of the appointments it names.
/// </summary>
public sealed class StaffActionLog(DatabaseWrites<BotDbContext> writes, TimeProvider time)
{
    public Task RecordAsync(ClaimsPrincipal staff, string action, string? subject, CancellationToken cancellationToken) =>
        RecordAsync(staff.UserName(), action, subject, detail: null, cancellationToken);

    public Task RecordAsync(ClaimsPrincipal staff, string action, string? subject, string? detail, CancellationToken cancellationToken) =>
        RecordAsync(staff.UserName(), action, subject, detail, cancellationToken);

    public Task RecordAsync(string userName, string action, string? subject, string? detail, CancellationToken cancellationToken)
    {
        var entry = new StaffAction
        {
            At = time.GetUtcNow(),
            UserName = Truncate(userName, StaffAction.MaxUserNameLength)!,
            Action = Truncate(action, StaffAction.MaxActionLength)!,
            Subject = Truncate(subject, StaffAction.MaxSubjectLength),
            Detail = Truncate(detail, StaffAction.MaxDetailLength),
        };
        return writes.RunAsync((db, ct) =>
        {
            db.StaffActions.Add(entry);
            return db.SaveChangesAsync(ct);
        }, cancellationToken);
    }

    private static string? Truncate(string? value, int length) => value is { Length: var n } && n > length ? value[..length] : value;
}
