using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Termine.Bot.Admin.Access;
using Termine.Bot.Admin.ActionLog;
using Termine.Bot.State;

namespace Termine.Bot.Admin.Pages.Accounts;

/// <summary>Administrators create staff accounts and switch them off; nobody can switch off their own.</summary>
public sealed class AccountsModel(IDbContextFactory<BotDbContext> contexts, StaffAccounts accounts, SignInThrottle throttle, StaffActionLog log) : PageModel
{
    public IReadOnlyList<StaffUser> Users { get; private set; } = [];

    public string? Notice { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(
        string newUserName, string newDisplayName, StaffRole newRole, string newPassword, CancellationToken cancellationToken)
    {
        var (user, problem) = await accounts.CreateAsync(newUserName ?? "", newDisplayName ?? "", newPassword ?? "", newRole, cancellationToken);
        if (user is null)
        {
            Error = problem;
        }
        else
        {
            await log.RecordAsync(User, "account.created", user.UserName, $"Rolle {user.Role}", cancellationToken);
            Notice = $"Das Konto „{user.UserName}“ ist angelegt.";
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        var (user, ended) = await accounts.SetActiveAsync(id, active, User.UserName(), cancellationToken);
        if (user is null)
        {
            Error = "Dieses Konto kann hier nicht geändert werden.";
        }
        else
        {
            await log.RecordAsync(User, active ? "account.activated" : "account.deactivated", user.UserName, cancellationToken);
            await log.RecordAsync(User, "staff.signed-out-forced", user.UserName, $"{ended} Anmeldung(en) beendet", cancellationToken);
            Notice = active ? $"„{user.UserName}“ ist wieder aktiv." : $"„{user.UserName}“ ist deaktiviert und abgemeldet.";
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Lifts the failed-sign-in locks of a name from every address, e.g. for a clerk who mistyped too often.</summary>
    public async Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.StaffUsers.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) is not { } user)
            {
                Error = "Dieses Konto gibt es nicht mehr.";
            }
            else
            {
                var lifted = await throttle.UnlockNameAsync(user.UserName, cancellationToken);
                await log.RecordAsync(User, "account.unlocked", user.UserName, $"{lifted} Zähler gelöscht", cancellationToken);
                Notice = $"Die Fehlversuche von „{user.UserName}“ sind vergessen; die Anmeldung ist wieder möglich.";
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Users = await db.StaffUsers.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
    }
}
