using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Termine.Booking.Catalog;
using Termine.Booking.Waitlist;
using Termine.Bot.Api;
using Termine.Bot.SelfService.Pages;

namespace Termine.Bot.Waitlist.Pages;

/// <summary>
/// The page behind the join e-mail's link to leave the list: a button (a POST with an anti-forgery token), because mail
/// scanners open links by themselves and opening must change nothing.
/// </summary>
[EnableRateLimiting(RateLimitingSetup.Lookups)]
public sealed class LeaveModel(WaitlistEntries entries, ServiceCatalog catalog) : ResidentPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    public WaitlistEntry? Entry { get; private set; }

    public string? Message { get; private set; }

    public bool Succeeded { get; private set; }

    public bool Waiting => Entry?.State is WaitlistEntryState.Waiting or WaitlistEntryState.Offered;

    public string ServiceName => Entry is null ? "" : catalog.Find(Entry.ServiceId)?.Name[Language] ?? "";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var left = await entries.LeaveByTokenAsync(Token, cancellationToken);
        await LoadAsync(cancellationToken);
        if (left)
        {
            Report(true, "Leave.Done");
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Entry = await entries.FindByLeaveTokenAsync(Token, cancellationToken);
        ChooseLanguage(Entry?.Language);
        if (Entry is null)
        {
            Report(false, "Link.Invalid");
        }
        else if (!Waiting)
        {
            Report(false, "Leave.Closed");
        }
    }

    private void Report(bool succeeded, string key)
    {
        Succeeded = succeeded;
        Message = WaitlistTexts.Texts[key, Language];
    }
}
