using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Termine.Booking;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Notifications;
using Termine.Booking.Office;
using Termine.Booking.Scheduling;
using Termine.Bot.Admin.ActionLog;
using Termine.Bot.Admin.ServicePoint;

namespace Termine.Bot.Admin.Pages.Appointments;

/// <summary>
/// Books for a walk-in or a caller through the same core and rules as residents: service and day, the nearest free
/// slots, the person's data. The e-mail address may be left out here; then the page prints the confirmation.
/// </summary>
public sealed class NewModel(
    BookingService bookings, SlotFinder slots, ServiceCatalog catalog, AppointmentDirectory directory, OfficeClock clock,
    IOptions<SiteOptions> site, IOptions<BookingOptions> options, StaffActionLog log, IOptions<OfficeOptions> office) : PageModel
{
    public const int SlotsShown = 20;

    [BindProperty(SupportsGet = true)]
    public string? ServiceId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Persons { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public string? Start { get; set; }

    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? BirthDate { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string Language { get; set; } = Languages.Default;

    public IReadOnlyList<ServiceDefinition> Services => catalog.Services;

    public int MaxPersons => options.Value.MaxPersons;

    public IReadOnlyList<Slot> FreeSlots { get; private set; } = [];

    public Dictionary<string, string> FieldErrors { get; } = [];

    public string? Error { get; private set; }

    public BookedAppointment? Booked { get; private set; }

    /// <summary>Only for a booking without e-mail.</summary>
    public PrintedConfirmation? Printout { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadSlotsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var birthDate = DateOnly.TryParseExact(BirthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var b) ? b : (DateOnly?)null;
        var start = DateTimeOffset.TryParse(Start, CultureInfo.InvariantCulture, DateTimeStyles.None, out var s) ? s : (DateTimeOffset?)null;
        var request = new BookingRequest(ServiceId, start, Persons,
            new PersonalData(FullName, birthDate, Email, Phone, Language), BookingChannels.ServicePoint, EmailRequirement.OptionalAtServicePoint);
        var result = await bookings.BookAsync(request, BookingChannels.ServicePoint, idempotencyKey: null, cancellationToken);
        switch (result)
        {
            case BookingResult.Booked booked:
                await ShowBookedAsync(booked, cancellationToken);
                return Page();
            case BookingResult.Invalid invalid:
                foreach (var error in invalid.Errors)
                {
                    FieldErrors.TryAdd(error.Field, BookingErrorTexts.German(error));
                }

                if (!string.IsNullOrWhiteSpace(BirthDate) && birthDate is null)
                {
                    FieldErrors["birthDate"] = "Geburtsdatum: Bitte als Datum angeben (TT.MM.JJJJ).";
                }

                Error = "Bitte prüfen Sie die markierten Angaben.";
                break;
            default:
                Error = BookingErrorTexts.German(result);
                break;
        }

        await LoadSlotsAsync(cancellationToken);
        return Page();
    }

    public string? ErrorFor(string field) => FieldErrors.GetValueOrDefault(field);

    private async Task ShowBookedAsync(BookingResult.Booked booked, CancellationToken cancellationToken)
    {
        Booked = booked.Appointment;
        await log.RecordAsync(User, "appointment.booked", booked.Appointment.Reference, cancellationToken);
        if (string.IsNullOrWhiteSpace(Email) && booked.Tokens is { } tokens
            && await directory.FindAsync(booked.Appointment.Id, cancellationToken) is { } appointment)
        {
            var content = EmailContent.For(appointment, MessageKind.Confirmation, tokens, catalog.Find(appointment.ServiceId)!, clock, site.Value, office.Value);
            Printout = PrintedConfirmation.From(content);
        }
    }

    private async Task LoadSlotsAsync(CancellationToken cancellationToken)
    {
        Date ??= clock.Today;
        if (catalog.Find(ServiceId) is not { } service || Persons < 1 || Persons > MaxPersons)
        {
            return;
        }

        var from = Date < clock.Today ? clock.Today : Date.Value;
        FreeSlots = await slots.FindAsync(
            new SlotQuery(service.Id, from, from.AddDays(service.MaxDaysAhead), Persons, Limit: SlotsShown), cancellationToken) ?? [];
    }
}
