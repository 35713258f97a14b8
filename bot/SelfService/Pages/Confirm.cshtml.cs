using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Localization;
using Termine.Booking.Reconfirmation;
using Termine.Bot.Api;

namespace Termine.Bot.SelfService.Pages;

/// <summary>
/// The page behind the first reminder's "Yes, I will come": it shows the appointment and confirms only on the button
/// (a POST), because mail scanners open every link in an e-mail. Pressing it twice is fine. Cancelling is the manage
/// page's own cancel, under the same token.
/// </summary>
[EnableRateLimiting(RateLimitingSetup.Lookups)]
public sealed class ConfirmModel(AppointmentChanges changes, ServiceCatalog catalog) : ResidentPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    public ReconfirmationState? State { get; private set; }

    public string? Message { get; private set; }

    public bool Succeeded { get; private set; }

    /// <summary>Whether the "I will come" button is shown: the appointment is open and not yet confirmed.</summary>
    public bool CanConfirm => State is { Open: true, ReconfirmedAt: null };

    public string ServiceName => State is null ? "" : catalog.Find(State.Appointment.ServiceId)?.Name[Language] ?? "";

    public string When => State is null ? "" : AppointmentTimes.DateAndTime(State.Appointment.Start, Language);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (State is { Open: true, ReconfirmedAt: not null })
        {
            Report(true, "Confirm.Already");
        }
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await changes.ReconfirmAsync(new AppointmentProof.ManageToken(Token), cancellationToken);
        await LoadAsync(cancellationToken);
        switch (result)
        {
            case ReconfirmResult.Confirmed:
                Report(true, "Confirm.Done");
                break;
            case ReconfirmResult.Closed closed:
                Report(false, closed.Appointment.Status == AppointmentStatus.Cancelled ? "Manage.Cancelled" : "Manage.Closed");
                break;
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        State = await changes.FindReconfirmationAsync(new AppointmentProof.ManageToken(Token), cancellationToken);
        ChooseLanguage(State?.Appointment.Language);
        if (State is null)
        {
            Report(false, "Manage.Invalid");
        }
        else if (!State.Open)
        {
            Report(false, State.Appointment.Status == AppointmentStatus.Cancelled ? "Manage.Cancelled" : "Manage.Closed");
        }
    }

    private void Report(bool succeeded, string key)
    {
        Succeeded = succeeded;
        Message = PageTexts.Texts[key, Language];
    }
}
