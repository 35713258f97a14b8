using Termine.Booking.Appointments;

namespace Termine.Bot.Admin.ServicePoint;

/// <summary>The booking core's field errors in German, each naming its field, for the staff's booking form.</summary>
public static class BookingErrorTexts
{
    public static string German(FieldError error) => (error.Field, error.Code) switch
    {
        ("serviceId", _) => "Dienstleistung: Bitte wählen Sie eine Dienstleistung aus.",
        ("persons", _) => "Personen: Die Anzahl liegt außerhalb des Erlaubten.",
        ("start", "required") => "Uhrzeit: Bitte wählen Sie eine freie Zeit aus.",
        ("start", "past") => "Uhrzeit: Diese Zeit liegt in der Vergangenheit.",
        ("start", _) => "Uhrzeit: Zu dieser Zeit ist für diese Dienstleistung kein Termin möglich.",
        ("fullName", "required") => "Name: Bitte geben Sie den vollständigen Namen an.",
        ("fullName", "tooLong") => $"Name: Höchstens {BookingValidator.MaxNameLength} Zeichen.",
        ("fullName", _) => "Name: Bitte nur Buchstaben, Leerzeichen, Bindestriche, Apostrophe oder Punkte.",
        ("birthDate", "required") => "Geburtsdatum: Bitte geben Sie das Geburtsdatum an.",
        ("birthDate", "future") => "Geburtsdatum: Das Datum liegt in der Zukunft.",
        ("birthDate", _) => "Geburtsdatum: Das Datum liegt mehr als 120 Jahre zurück.",
        ("email", "required") => "E-Mail: Die Adresse ist hier Pflicht.",
        ("email", _) => "E-Mail: Die Adresse ist ungültig.",
        ("phone", _) => "Telefon: 6 bis 15 Ziffern, am Anfang darf ein + stehen.",
        ("language", _) => "Sprache: Bitte wählen Sie eine der angebotenen Sprachen.",
        _ => $"{error.Field}: Die Angabe ist ungültig.",
    };

    private const string Taken = "Diese Zeit ist inzwischen anderweitig vergeben. Bitte wählen Sie eine andere freie Zeit.";
    private const string Unchangeable = "Der Termin kann nicht mehr geändert werden (storniert, schon begonnen oder nicht gefunden).";

    /// <summary>What went wrong with a booking that is not one field's fault.</summary>
    public static string German(BookingResult result) => result switch
    {
        BookingResult.SlotTaken or BookingResult.HoldExpired => Taken,
        BookingResult.LimitReached =>
            "Für diese E-Mail-Adresse sind bei dieser Dienstleistung schon so viele Termine offen, wie erlaubt sind.",
        BookingResult.NotFound => Unchangeable,
        _ => "Die Angaben sind unvollständig.",
    };

    /// <summary>Why a cancel was refused; empty for a cancel that succeeded.</summary>
    public static string German(CancelResult result) => result is CancelResult.NotFound ? Unchangeable : "";

    /// <summary>Why a move was refused, each wrong field named; empty for a move that succeeded.</summary>
    public static string German(MoveResult result) => result switch
    {
        MoveResult.Invalid invalid => string.Join(" ", invalid.Errors.Select(German)),
        MoveResult.SlotTaken => Taken,
        MoveResult.NotFound => Unchangeable,
        _ => "",
    };
}
