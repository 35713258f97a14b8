using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Termine.Booking.Scheduling;
using Termine.Bot.Admin.ActionLog;
using Termine.Bot.State;

namespace Termine.Bot.Admin.Pages.Settings;

/// <summary>The staff action log for administrators: who did what to which subject, newest first.</summary>
public sealed class LogModel(IDbContextFactory<BotDbContext> contexts, OfficeClock clock) : PageModel
{
    public const int PageSize = 50;

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Subject { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<StaffAction> Entries { get; private set; } = [];

    public IReadOnlyList<string> Actions { get; private set; } = [];

    public bool HasNext { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = db.StaffActions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(UserName))
        {
            entries = entries.Where(a => a.UserName == UserName.Trim());
        }

        if (!string.IsNullOrWhiteSpace(Action))
        {
            entries = entries.Where(a => a.Action == Action);
        }

        if (!string.IsNullOrWhiteSpace(Subject))
        {
            // A reference typed in lower case finds the entries all the same.
            var subject = Subject.Trim();
            var upper = subject.ToUpperInvariant();
            entries = entries.Where(a => a.Subject == subject || a.Subject == upper);
        }

        if (From is { } from)
        {
            var start = clock.ToInstant(from, TimeOnly.MinValue);
            entries = entries.Where(a => a.At >= start);
        }

        if (To is { } to)
        {
            var end = clock.ToInstant(to.AddDays(1), TimeOnly.MinValue);
            entries = entries.Where(a => a.At < end);
        }

        var rows = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        (Entries, HasNext) = (rows.Take(PageSize).ToList(), rows.Count > PageSize);
        Actions = await db.StaffActions.AsNoTracking().Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
    }

    public string Local(DateTimeOffset instant) => clock.ToLocal(instant).ToString("dd.MM.yyyy HH:mm:ss", German);

    public string PagePath(int page) => QueryHelpers.AddQueryString("/admin/log", new Dictionary<string, string?>
    {
        ["user"] = UserName,
        ["Action"] = Action,
        ["Subject"] = Subject,
        ["From"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["To"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["page"] = page.ToString(CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value)));
}
