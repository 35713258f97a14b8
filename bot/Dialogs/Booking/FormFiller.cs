using Microsoft.Extensions.Options;
using Termine.Booking.Appointments;
using Termine.Booking.Scheduling;
using Termine.Bot.Dialogs.Replies;
using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Dialogs.Booking;

/// <summary>
/// Puts what a message says into the booking form: first the answer to the question asked, then everything else the
/// message also says (a service, persons, a date wish at any step; an e-mail or phone number wherever they come), and
/// at the summary the corrections ("the e-mail is wrong, it's …", "make it Friday instead"). Never stores a question as
/// an answer, and never books on a sentence that also changes or rejects something.
/// </summary>
public sealed class FormFiller(IOptions<BookingOptions> options, BookingValidator validator, OfficeClock clock)
{
    public FillResult Fill(BookingForm form, Reading reading, string language, DateOnly today)
    {
        var result = new FillResult();

        switch (form.Asked)
        {
            case null or BookingField.Service or BookingField.Persons or BookingField.Date:
                result.Understood = TakeSearch(form, reading, result);
                break;
            case BookingField.Slot:
                result.Understood = TakePick(form, reading, language, result) || TakeSearch(form, reading, result);
                break;
            case BookingField.Confirm or BookingField.Change:
                result.Understood = TakeSummaryAnswer(form, reading, language, today, result);
                break;
            default:
                result.Understood = TakePersonal(form, reading, language, today, result) || TakeSearch(form, reading, result);
                break;
        }

        return result;
    }

    private bool TakeSearch(BookingForm form, Reading reading, FillResult result)
    {
        // "Show all services" under the most asked ones, or "other services" under the clarifying question: the whole
        // list comes instead.
        if (form.Asked == BookingField.Service && reading.AsksForAllServices)
        {
            form.Candidates = [];
            form.AllServices = true;
            return true;
        }

        var taken = false;
        // Once a service is chosen, only a message that says it is about the service changes it: search words such as
        // "information" or "Pass" occur in ordinary answers too.
        var mayChange = form.ServiceId is null || form.Asked == BookingField.Service || reading.Mentioned.Contains(BookingField.Service) || reading.SaysWrong;
        // The only service the words fit is taken while none is chosen; its explanation follows at once, so a wrong
        // guess is seen and corrected. Several are offered as buttons.
        var clear = reading.ServiceCertain || (reading.Services.Count == 1 && form.ServiceId is null);
        if (clear && reading.Services[0].Id != form.ServiceId && mayChange)
        {
            ChangeSearch(form, result);
            form.ServiceId = reading.Services[0].Id;
            form.Candidates = [];
            taken = true;
        }
        else if (reading.ServiceCertain && reading.Services[0].Id == form.ServiceId)
        {
            taken = true;
        }
        else if (reading.Services.Count > 0 && form.ServiceId is null)
        {
            // Not sure which service: the candidates become buttons, and the rest of the message is still taken.
            form.Candidates = reading.Services.Select(s => s.Id).ToList();
            taken = true;
        }

        taken |= TakePersons(form, reading, result);
        if (reading.Wish is { } wish)
        {
            form.Search = SlotSearch.Of(wish);
            ChangeSearch(form, result, keepHold: true);
            taken = true;
        }

        taken |= TakeContact(form, reading, result);
        return taken;
    }

    private bool TakePersons(BookingForm form, Reading reading, FillResult result)
    {
        if (reading.Persons is not { } persons || persons < 1 || persons > options.Value.MaxPersons)
        {
            return false;
        }

        if (persons != form.Persons)
        {
            ChangeSearch(form, result);
            form.Persons = persons;
            if (form.Companions.Count > persons - 1)
            {
                form.Companions = form.Companions.Take(persons - 1).ToList();
            }
        }

        return true;
    }

    /// <summary>
    /// A new service, number of persons or wish: the slots on offer no longer fit. A held slot is kept while a new wish
    /// is searched (the resident may still prefer it) but given back when what it was held for changes.
    /// </summary>
    private static void ChangeSearch(BookingForm form, FillResult result, bool keepHold = false)
    {
        form.Offered = [];
        if (form.Hold is null)
        {
            return;
        }

        if (keepHold)
        {
            form.Reoffer = true;
        }
        else
        {
            result.ReleaseHold = true;
            form.Reoffer = false;
        }
    }

    private bool TakePick(BookingForm form, Reading reading, string language, FillResult result)
    {
        // "None of these, have you a Thursday evening?": the reaction comes first, so its "un"/"one" is no position.
        if (reading.Reaction is { } reaction)
        {
            return reading.Wish is null ? TakeReaction(form, reaction, result) : TakeSearch(form, reading, result);
        }

        if (SlotChoices.Pick(form.Offered, reading, language, clock) is { } picked)
        {
            result.Picked = picked;
            return true;
        }

        // A time that was not offered: look for it on the days of the wish (or of the new wish said with it).
        if (reading.Clock is { } time && form.Search is { } search)
        {
            var days = reading.Wish is { } wish ? SlotSearch.Of(wish) : search;
            form.Search = days with { NotBefore = time, StartBefore = time.AddMinutes(1) };
            ChangeSearch(form, result, keepHold: true);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "None of these" asks for another wish; "later", "earlier" and "next week" move the search from the slots just
    /// offered, keeping the rest of the wish.
    /// </summary>
    private bool TakeReaction(BookingForm form, OfferReaction reaction, FillResult result)
    {
        var offered = form.Offered;
        var search = form.Search;
        if (reaction == OfferReaction.NoneSuit || search is null || offered.Count == 0)
        {
            form.Offered = [];
            form.Search = null;
            form.Reoffer = form.Hold is not null;
            return true;
        }

        var first = DateOnly.FromDateTime(clock.ToLocal(offered[0].Start).DateTime);
        var last = DateOnly.FromDateTime(clock.ToLocal(offered[^1].Start).DateTime);
        form.Search = reaction switch
        {
            OfferReaction.Later when search.NotBefore is null || clock.ToLocal(offered[^1].Start).TimeOfDay >= search.NotBefore.Value.ToTimeSpan()
                => search with { From = last, To = Max(search.To, last.AddDays(DateWish.HorizonDays)), NotBefore = TimeOnly.FromDateTime(clock.ToLocal(offered[^1].Start).DateTime).AddMinutes(1) },
            OfferReaction.Earlier => search with { From = clock.Today, To = first, StartBefore = TimeOnly.FromDateTime(clock.ToLocal(offered[0].Start).DateTime), NotBefore = null },
            OfferReaction.NextWeek => search with { From = first.AddDays(7 - (int)first.DayOfWeek + 1), To = first.AddDays(7 - (int)first.DayOfWeek + 7 + 1) },
            _ => search with { From = last.AddDays(1), To = Max(search.To, last.AddDays(DateWish.HorizonDays)) },
        };
        ChangeSearch(form, result, keepHold: true);
        return true;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private bool TakePersonal(BookingForm form, Reading reading, string language, DateOnly today, FillResult result)
    {
        switch (form.Asked)
        {
            case BookingField.Name when PersonLineReader.TryRead(reading.Text, language, today, out var lineName, out var lineBorn) && IsName(lineName) && IsBirthDate(lineBorn):
                (form.FullName, form.BirthDate) = (lineName.Trim(), lineBorn);
                return true;
            case BookingField.Name when reading.Name is { } name && IsName(name):
                form.FullName = name.Trim();
                TakeContact(form, reading, result);
                return true;
            case BookingField.BirthDate when reading.BirthDate is { } born && IsBirthDate(born):
                form.BirthDate = born;
                if (reading.BirthDateAmbiguous)
                {
                    result.Notes.Add(new FillNote("ReadBack.BirthDate", LongDates.Format(born, language)));
                }

                return true;
            case BookingField.Companion when PersonLineReader.TryRead(reading.Text, language, today, out var companion, out var companionBorn)
                                             && IsName(companion) && IsBirthDate(companionBorn):
                form.Companions.Add(new CompanionEntry(companion.Trim(), companionBorn!.Value));
                return true;
            case BookingField.Email or BookingField.Phone:
                var taken = TakeContact(form, reading, result);
                if (form.Asked == BookingField.Phone && reading.NoPhone && reading.Phone is null)
                {
                    (form.Phone, form.PhoneAnswered) = (null, true);
                    taken = true;
                }

                return taken && (form.Asked != BookingField.Email || form.Email is not null);
            default:
                return false;
        }
    }

    /// <summary>An e-mail address or phone number is taken wherever it comes; a dictated address is read back.</summary>
    private static bool TakeContact(BookingForm form, Reading reading, FillResult result)
    {
        var taken = false;
        if (reading.Email is { } email)
        {
            form.Email = email;
            taken = true;
            if (reading.EmailDictated)
            {
                result.Notes.Add(new FillNote("ReadBack.Email", new LeftToRight(email)));
            }
        }

        if (reading.Phone is { } phone)
        {
            (form.Phone, form.PhoneAnswered) = (phone, true);
            taken = true;
        }

        return taken;
    }

    private bool TakeSummaryAnswer(BookingForm form, Reading reading, string language, DateOnly today, FillResult result)
    {
        var corrected = TakeContact(form, reading, result);
        // "Ja, passt so" must not be read as a wish for a Sunday ("So."): at the summary a wish comes with a no or a change.
        if (reading.Wish is { } wish && (reading.Yes != true || reading.SaysWrong))
        {
            form.Search = SlotSearch.Of(wish);
            ChangeSearch(form, result, keepHold: true);
            corrected = true;
        }

        if (reading.ServiceCertain && reading.Services[0].Id != form.ServiceId && (reading.Mentioned.Contains(BookingField.Service) || reading.SaysWrong))
        {
            ChangeSearch(form, result);
            form.ServiceId = reading.Services[0].Id;
            corrected = true;
        }

        corrected |= reading.Persons is not null && reading.Persons != form.Persons && TakePersons(form, reading, result);

        // A field named without its new value ("the name is wrong"): asked again, then the summary comes back.
        var wrong = reading.Yes != true || reading.SaysWrong;
        foreach (var field in reading.Mentioned)
        {
            switch (field)
            {
                case BookingField.Name when NameAfterMention(reading, language) is { } name:
                    form.FullName = name;
                    corrected = true;
                    break;
                case BookingField.BirthDate when reading.BirthDate is { } born && IsBirthDate(born):
                    form.BirthDate = born;
                    corrected = true;
                    break;
                case BookingField.Name when wrong:
                    form.FullName = null;
                    corrected = true;
                    break;
                case BookingField.BirthDate when wrong:
                    form.BirthDate = null;
                    corrected = true;
                    break;
                case BookingField.Email when wrong && reading.Email is null:
                    form.Email = null;
                    corrected = true;
                    break;
                case BookingField.Phone when wrong && reading.Phone is null:
                    (form.Phone, form.PhoneAnswered) = (null, false);
                    corrected = true;
                    break;
                case BookingField.Persons when wrong && reading.Persons is null:
                    ChangeSearch(form, result);
                    form.Persons = null;
                    corrected = true;
                    break;
                case BookingField.Slot when wrong && reading.Wish is null:
                    form.Offered = [];
                    form.Search = null;
                    form.Reoffer = true;
                    corrected = true;
                    break;
            }
        }

        if (corrected)
        {
            form.WantsChange = false;
            return true;
        }

        switch (reading.Yes)
        {
            case true when form.Asked == BookingField.Confirm:
                result.Book = true;
                return true;
            case true:
                form.WantsChange = false;
                return true;
            case false:
                form.WantsChange = true;
                return true;
            default:
                return false;
        }
    }

    /// <summary>"Change the name to Anna Müller", "der Name ist Anna Müller": the name after the word for it.</summary>
    private string? NameAfterMention(Reading reading, string language) =>
        FieldMentions.After(reading.Text, BookingField.Name, language) is { } rest
        && NameReader.TryRead(rest, language, out var name) && IsName(name) && name.Trim().Contains(' ')
            ? name.Trim()
            : null;

    private static readonly PersonalData Sample = new("Sample Person", new DateOnly(1990, 1, 1), "sample@example.org", null, "de");

    /// <summary>Checked by the booking core's own rule for the field, so the chat accepts exactly what the core accepts.</summary>
    private bool IsName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && !validator.ValidatePerson(Sample with { FullName = name.Trim() }).Any(e => e.Field == "fullName");

    private bool IsBirthDate(DateOnly? date) =>
        date is not null && !validator.ValidatePerson(Sample with { BirthDate = date }).Any(e => e.Field == "birthDate");
}

/// <summary>What filling the form from one message brought: whether it was understood, and what the dialog must do.</summary>
public sealed class FillResult
{
    public bool Understood { get; set; }

    /// <summary>Things to say before the next question (a date or address read back).</summary>
    public List<FillNote> Notes { get; } = [];

    /// <summary>The held slot no longer fits (another service or number of persons).</summary>
    public bool ReleaseHold { get; set; }

    /// <summary>The slot the resident picked, to hold now.</summary>
    public OfferedSlot? Picked { get; set; }

    /// <summary>The resident confirmed the summary as it is.</summary>
    public bool Book { get; set; }
}

public sealed record FillNote(string Key, params object[] Args);

/// <summary>A note's argument that is written left to right (an e-mail address), isolated when the reply is right to left.</summary>
public sealed record LeftToRight(string Value);
