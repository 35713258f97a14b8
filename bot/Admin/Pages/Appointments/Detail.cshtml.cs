using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Booking.Appointments;
using Termine.Booking.Reconfirmation;
using Termine.Booking.Scheduling;
using Termine.Bot.Admin.ActionLog;
using Termine.Bot.Admin.ServicePoint;

namespace Termine.Bot.Admin.Pages.Appointments;

/// <summary>One appointment with all its data; staff cancel it or move it to a free slot for the resident.</summary>
public sealed class DetailModel(
    AppointmentDirectory directory, AppointmentChanges changes, SlotFinder slots, OfficeClock clock, StaffActionLog log) : PageModel
{
    public const int SlotsShown = 30;

    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The day from which free slots for a move are listed.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    public Appointment? Appointment { get; private set; }

    public string ServiceName { get; private set; } = "";

    public bool Changeable { get; private set; }

    public DateTimeOffset LocalStart { get; private set; }

    public DateTimeOffset LocalEnd { get; private set; }

    public IReadOnlyList<Slot> FreeSlots { get; private set; } = [];

    public string? Notice { get; private set; }

    /// <summary>When the resident said they will come, in German ("am Montag, 14. Dezember 2026 um 09:12 Uhr"), or "nein".</summary>
    public string Reconfirmation => Appointment?.ReconfirmedAt is { } at
        ? $"ja, am {clock.ToLocal(at).ToString("dddd, d. MMMM yyyy 'um' HH:mm 'Uhr'", IndexModel.German)}"
        : "nein";

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await log.RecordAsync(User, "appointment.viewed", Appointment!.Reference, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        var result = await changes.CancelAsync(new AppointmentProof.StaffAccess(Id), cancellationToken);
        return await AfterChangeAsync((result as CancelResult.Cancelled)?.Appointment, BookingErrorTexts.German(result),
            "appointment.cancelled", "Der Termin ist storniert.", cancellationToken);
    }

    /// <summary>The resident told staff they will come (on the phone, at the desk): the same confirmation as the e-mail's button.</summary>
    public async Task<IActionResult> OnPostReconfirmAsync(CancellationToken cancellationToken)
    {
        var result = await changes.ReconfirmAsync(new AppointmentProof.StaffAccess(Id), cancellationToken);
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (result is ReconfirmResult.Confirmed confirmed)
        {
            await log.RecordAsync(User, "appointment.reconfirmed", confirmed.Appointment.Reference, cancellationToken);
            Notice = "Das Kommen ist bestätigt.";
        }
        else
        {
            Error = "Der Termin lässt sich nicht mehr bestätigen: Er ist storniert oder hat schon begonnen.";
        }

        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(string? start, CancellationToken cancellationToken)
    {
        DateTimeOffset? newStart = DateTimeOffset.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        var result = await changes.RescheduleAsync(new AppointmentProof.StaffAccess(Id), newStart, cancellationToken);
        return await AfterChangeAsync((result as MoveResult.Moved)?.Appointment, BookingErrorTexts.German(result),
            "appointment.moved", "Der Termin ist verlegt.", cancellationToken);
    }

    /// <param name="changed">The appointment as changed; null when the change was refused for <paramref name="error"/>.</param>
    private async Task<IActionResult> AfterChangeAsync(
        BookedAppointment? changed, string error, string action, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (changed is not null)
        {
            await log.RecordAsync(User, action, changed.Reference, cancellationToken);
            Notice = done + (Appointment!.Email is null ? "" : " Die Person wird per E-Mail in ihrer Sprache benachrichtigt.");
        }
        else
        {
            Error = error;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Appointment = await directory.FindAsync(Id, cancellationToken);
        if (Appointment is null)
        {
            return false;
        }

        ServiceName = directory.ServiceName(Appointment.ServiceId);
        LocalStart = clock.ToLocal(Appointment.Start);
        LocalEnd = clock.ToLocal(Appointment.End);
        Changeable = Appointment.Status == AppointmentStatus.Booked && Appointment.Start > clock.UtcNow;
        if (Changeable)
        {
            var from = From is { } day && day > clock.Today ? day : clock.Today;
            FreeSlots = await slots.FindAsync(
                new SlotQuery(Appointment.ServiceId, from, from.AddDays(366), Appointment.Persons, Limit: SlotsShown), cancellationToken) ?? [];
        }

        return true;
    }
}
