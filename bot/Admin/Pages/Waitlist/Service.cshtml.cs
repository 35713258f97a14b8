using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Termine.Booking;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Scheduling;
using Termine.Booking.Waitlist;
using Termine.Bot.Admin.ActionLog;
using Termine.Bot.Admin.ServicePoint;
using Termine.Bot.Admin.Waitlist;

namespace Termine.Bot.Admin.Pages.Waitlist;

/// <summary>
/// One service's waiting list in the core's urgency order; staff add a caller (the core's join, channel
/// <c>servicepoint</c>, so the resident gets the join e-mail) and remove an entry after a confirmation step.
/// Every look, addition and removal goes to the action log with the waiting reference only.
/// </summary>
public sealed class WaitingListServiceModel(
    ServiceCatalog catalog, WaitlistDirectory directory, WaitlistEntries entries, OfficeClock clock,
    IOptions<BookingOptions> options, IOptions<WaitlistOptions> waitlist, StaffActionLog log) : PageModel
{
    /// <summary>Why an entry was removed: fixed choices, so no free text (and no personal data) reaches the log.</summary>
    public static readonly IReadOnlyDictionary<string, string> RemovalReasons = new Dictionary<string, string>
    {
        ["asked"] = "Die Person möchte nicht mehr warten",
        ["elsewhere"] = "Anderweitig erledigt",
        ["duplicate"] = "Doppelter Eintrag",
        ["other"] = "Anderer Grund",
    };

    /// <summary>The form's labels by the core's field names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["birthDate"] = "Geburtsdatum",
        ["from"] = "Frühestens am",
        ["to"] = "Spätestens am",
        ["notBefore"] = "Beginn ab",
        ["notAfter"] = "Beginn vor",
        ["permitExpires"] = "Aufenthaltstitel gültig bis",
    };

    public static readonly IReadOnlyList<(DayOfWeek Day, string Name)> WeekdayNames =
    [
        (DayOfWeek.Monday, "Montag"), (DayOfWeek.Tuesday, "Dienstag"), (DayOfWeek.Wednesday, "Mittwoch"),
        (DayOfWeek.Thursday, "Donnerstag"), (DayOfWeek.Friday, "Freitag"), (DayOfWeek.Saturday, "Samstag"), (DayOfWeek.Sunday, "Sonntag"),
    ];

    [BindProperty(SupportsGet = true)]
    public string ServiceId { get; set; } = "";

    /// <summary>The entry whose removal is being confirmed.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Confirm { get; set; }

    [BindProperty]
    public int Persons { get; set; } = 1;

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

    [BindProperty]
    public string? From { get; set; }

    [BindProperty]
    public string? To { get; set; }

    [BindProperty]
    public List<DayOfWeek> Weekdays { get; set; } = [];

    [BindProperty]
    public string? NotBefore { get; set; }

    [BindProperty]
    public string? NotAfter { get; set; }

    [BindProperty]
    public string? PermitExpires { get; set; }

    public ServiceDefinition Service { get; private set; } = null!;

    public IReadOnlyList<WaitlistRow> Rows { get; private set; } = [];

    public int MaxPersons => options.Value.MaxPersons;

    public DateOnly Today => clock.Today;

    public Dictionary<string, string> FieldErrors { get; } = [];

    public string? Error { get; private set; }

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (catalog.Find(ServiceId) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        await log.RecordAsync(User, "waitlist.viewed", service.Id, cancellationToken);
        Rows = await directory.ListAsync(service.Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (catalog.Find(ServiceId) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        var request = new JoinRequest(service.Id, Persons,
            new PersonalData(FullName, ParseDate(BirthDate, "birthDate"), Email, Phone, Language),
            ParseDate(From, "from"), ParseDate(To, "to"), Weekdays.ToHashSet(), ParseTime(NotBefore, "notBefore"), ParseTime(NotAfter, "notAfter"),
            ParseDate(PermitExpires, "permitExpires"), BookingChannels.ServicePoint);
        if (FieldErrors.Count == 0)
        {
            switch (await entries.JoinAsync(request, cancellationToken))
            {
                case JoinResult.Joined joined:
                    await log.RecordAsync(User, "waitlist.added", joined.Reference, service.Id, cancellationToken);
                    Notice = $"Die Person steht auf der Warteliste. Wartenummer: {joined.Reference}. Die Bestätigung geht per E-Mail in der gewählten Sprache an sie.";
                    ModelState.Clear();
                    (FullName, BirthDate, Email, Phone, From, To, NotBefore, NotAfter, PermitExpires, Persons, Weekdays) =
                        (null, null, null, null, null, null, null, null, null, 1, []);
                    break;
                case JoinResult.Invalid invalid:
                    foreach (var error in invalid.Errors)
                    {
                        FieldErrors.TryAdd(error.Field, German(error));
                    }

                    break;
                case JoinResult.SlotsFree free:
                    Error = $"Es sind noch passende Zeiten frei (die nächste am {free.Slots[0].Start.ToString("dd.MM.yyyy 'um' HH:mm", IndexModel.German)} Uhr). Bitte vergeben Sie einen Termin statt eines Wartelistenplatzes.";
                    break;
                case JoinResult.AlreadyWaiting:
                    Error = "Diese E-Mail-Adresse steht für diese Dienstleistung schon auf der Warteliste.";
                    break;
                case JoinResult.AlreadyBooked:
                    Error = "Für diese E-Mail-Adresse gibt es schon einen offenen Termin dieser Dienstleistung; bitte verschieben Sie ihn stattdessen.";
                    break;
            }
        }

        if (FieldErrors.Count > 0)
        {
            Error = "Bitte prüfen Sie die markierten Angaben.";
        }

        Rows = await directory.ListAsync(service.Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        if (catalog.Find(ServiceId) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        var found = await directory.FindAsync(id, cancellationToken);
        if (found is { } entry && entry.ServiceId == service.Id && await entries.RemoveAsync(id, cancellationToken))
        {
            var why = reason is not null && RemovalReasons.ContainsKey(reason) ? reason : null;
            await log.RecordAsync(User, "waitlist.removed", entry.Reference, why, cancellationToken);
            Notice = $"Der Eintrag {entry.Reference} ist von der Warteliste entfernt.";
        }
        else
        {
            Error = "Der Eintrag steht nicht mehr auf der Warteliste.";
        }

        Confirm = null;
        Rows = await directory.ListAsync(service.Id, cancellationToken);
        return Page();
    }

    /// <summary>An instant as office time, "dd.MM.yyyy HH:mm".</summary>
    public string Local(DateTimeOffset instant) => clock.ToLocal(instant).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    public string? ErrorFor(string field) => FieldErrors.GetValueOrDefault(field);

    /// <summary>"abgelaufen" or "läuft in N Tagen ab", with the date; a dash without a permit date.</summary>
    public string Urgency(WaitlistEntry entry)
    {
        if (entry.PermitExpires is not { } expires)
        {
            return "–";
        }

        var days = expires.DayNumber - Today.DayNumber;
        var when = expires.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        return days switch
        {
            < 0 => $"abgelaufen ({when})",
            0 => $"läuft heute ab ({when})",
            1 => $"läuft morgen ab ({when})",
            _ => $"läuft in {days} Tagen ab ({when})",
        };
    }

    public static string Window(WaitlistEntry entry)
    {
        var days = entry.Weekdays == 0
            ? "alle Wochentage"
            : string.Join(", ", WeekdayNames.Where(d => entry.WantsDay(d.Day)).Select(d => d.Name[..2]));
        var part = (entry.NotBefore, entry.NotAfter) switch
        {
            (null, null) => "ganztags",
            ({ } after, null) => $"ab {after:HH\\:mm} Uhr",
            (null, { } before) => $"Beginn vor {before:HH\\:mm} Uhr",
            ({ } after, { } before) => $"Beginn {after:HH\\:mm}–{before:HH\\:mm} Uhr",
        };
        return $"{entry.From:dd.MM.yyyy} – {entry.To:dd.MM.yyyy}; {days}; {part}";
    }

    private string German(FieldError error) => (error.Field, error.Code) switch
    {
        ("from", _) => "Frühestens am: Der Zeitraum darf nicht in der Vergangenheit beginnen.",
        ("to", "beforeFrom") => "Spätestens am: Das Ende darf nicht vor dem Anfang liegen.",
        ("to", _) => $"Spätestens am: Der Zeitraum darf höchstens {waitlist.Value.MaxDaysAhead} Tage ab heute reichen.",
        ("notAfter", _) => "Beginn vor: Die Uhrzeit muss nach „Beginn ab“ liegen.",
        _ => BookingErrorTexts.German(error),
    };

    private DateOnly? ParseDate(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        FieldErrors[field] = $"{Labels[field]}: Bitte als Datum angeben (TT.MM.JJJJ).";
        return null;
    }

    private TimeOnly? ParseTime(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        FieldErrors[field] = $"{Labels[field]}: Bitte als Uhrzeit angeben (HH:MM).";
        return null;
    }
}
