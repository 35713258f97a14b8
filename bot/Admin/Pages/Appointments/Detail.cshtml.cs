using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Booking.Appointments;
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
        return await AfterChangeAsync(result, "appointment.cancelled", "Der Termin ist storniert.", cancellationToken);
    }

    public async Task<IActionResult> OnPostMoveAsync(string? start, CancellationToken cancellationToken)
    {
        DateTimeOffset? newStart = DateTimeOffset.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        var result = await changes.RescheduleAsync(new AppointmentProof.StaffAccess(Id), newStart, cancellationToken);
        return await AfterChangeAsync(result, "appointment.moved", "Der Termin ist verlegt.", cancellationToken);
    }

    private async Task<IActionResult> AfterChangeAsync(BookingResult result, string action, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (result is BookingResult.Booked booked)
        {
            await log.RecordAsync(User, action, booked.Appointment.Reference, cancellationToken);
            Notice = done + (Appointment!.Email is null ? "" : " Die Person wird per E-Mail in ihrer Sprache benachrichtigt.");
        }
        else
        {
            Error = result is BookingResult.Invalid invalid
                ? string.Join(" ", invalid.Errors.Select(BookingErrorTexts.German))
                : BookingErrorTexts.German(result);
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
