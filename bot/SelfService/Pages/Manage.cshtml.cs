using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Localization;
using Termine.Booking.Scheduling;
using Termine.Bot.Api;

namespace Termine.Bot.SelfService.Pages;

/// <summary>
/// The page behind the e-mail's link: see the appointment, move it to another free time of the same service, or
/// cancel it. The token in the link is the only proof needed.
/// A look-up by token, limited as the API's look-up by reference is: one resident needs a few a minute.
/// </summary>
[EnableRateLimiting(RateLimitingSetup.Lookups)]
public sealed class ManageModel(AppointmentChanges changes, SlotFinder slots, ServiceCatalog catalog, OfficeClock clock) : ResidentPageModel
{
    private const int DaysShown = 14;
    private const int MaxSlotsShown = 48;

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    public BookedAppointment? Appointment { get; private set; }

    public bool Changeable { get; private set; }

    public IReadOnlyList<Slot> Slots { get; private set; } = [];

    public DateOnly NextFrom { get; private set; }

    public string? Message { get; private set; }

    public bool Succeeded { get; private set; }

    public string ServiceName => Appointment is null ? "" : catalog.Find(Appointment.ServiceId)?.Name[Language] ?? "";

    public string When => Appointment is null ? "" : AppointmentTimes.DateAndTime(Appointment.Start, Language);

    public string DayName(DateTimeOffset start) => AppointmentTimes.Date(start, Language);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task OnPostCancelAsync(CancellationToken cancellationToken)
    {
        var result = await changes.CancelAsync(new AppointmentProof.ManageToken(Token), cancellationToken);
        await LoadAsync(cancellationToken);
        Report(result is CancelResult.Cancelled, result is CancelResult.Cancelled ? "Manage.Cancelled" : "Manage.Closed");
    }

    public async Task OnPostMoveAsync([FromForm] string? start, CancellationToken cancellationToken)
    {
        if (!DateTimeOffset.TryParseExact(start, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var newStart))
        {
            await LoadAsync(cancellationToken);
            Report(false, "Manage.Move.NoChoice");
            return;
        }

        var result = await changes.RescheduleAsync(new AppointmentProof.ManageToken(Token), newStart, cancellationToken);
        if (result is MoveResult.Moved moved)
        {
            // The link in this page's address stopped working with the move; the new one is on its way by e-mail.
            ChooseLanguage(moved.Appointment.Language);
            Report(true, "Manage.Moved");
            return;
        }

        await LoadAsync(cancellationToken);
        Report(false, result is MoveResult.SlotTaken or MoveResult.Invalid ? "Manage.Taken" : "Manage.Closed");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Appointment = await changes.FindAsync(new AppointmentProof.ManageToken(Token), cancellationToken);
        ChooseLanguage(Appointment?.Language);
        if (Appointment is null)
        {
            Report(false, "Manage.Invalid");
            return;
        }

        Changeable = changes.IsChangeable(Appointment);
        if (!Changeable)
        {
            Report(false, Appointment.Status == AppointmentStatus.Cancelled ? "Manage.Cancelled" : "Manage.Closed");
            return;
        }

        var from = From is { } f && f > clock.Today ? f : clock.Today;
        NextFrom = from.AddDays(DaysShown);
        Slots = (await slots.FindAsync(
            new SlotQuery(Appointment.ServiceId, from, NextFrom.AddDays(-1), Appointment.Persons, Limit: MaxSlotsShown),
            cancellationToken))?.Where(s => s.Start != Appointment.Start).ToList() ?? [];
    }

    private void Report(bool succeeded, string key)
    {
        Succeeded = succeeded;
        Message = PageTexts.Texts[key, Language];
    }
}
