using Termine.Booking.Appointments;
using Termine.Booking.Scheduling;
using Termine.Bot.Dialogs.Booking;
using Termine.Bot.Dialogs.Questions;
using Termine.Bot.Dialogs.Services;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// The one understanding step of the booking conversation: reads a message into a <see cref="Reading"/> with every
/// fact it holds. What was asked decides how bare answers are read ("2" is persons at the persons question and a
/// list position at the slot question; a date is a birth date at the birth-date question and a wish elsewhere).
/// Deterministic and explainable: tables and patterns per language, no model.
/// </summary>
public sealed partial class MessageReader(DateWishParser dates, ServiceMatcher services, OfficeClock clock)
{
    /// <summary>An answer is a sentence or a few; longer input is cut so that no text can make the readers slow.</summary>
    public const int MaxLength = 500;

    public Reading Read(string text, string language, BookingField? asked)
    {
        text = text.Length > MaxLength ? text[..MaxLength] : text;
        var personal = asked is BookingField.Name or BookingField.BirthDate or BookingField.Companion or BookingField.Email or BookingField.Phone;
        var email = EmailReader.TryRead(text, out var emailReading) ? emailReading : null;
        var birthDate = asked is BookingField.BirthDate or BookingField.Companion or BookingField.Confirm or BookingField.Change
            && BirthDateReader.TryRead(text, language, clock.Today, out var born)
                ? born
                : null;
        var clockTime = ClockTimeParser.TryParse(text, language, out var time) ? time : (TimeOnly?)null;
        var mentioned = FieldMentions.Read(text, language);
        // A request for another language names it; the name is not a service ("українською" is not Ukraine's protection).
        var serviceText = Language.LanguageSwitch.Recognize(text) is null ? text : Language.LanguageSwitch.WithoutNames(text);
        var serviceReading = personal || email is not null ? new ServiceReading.None() : services.Read(serviceText, language);
        var isQuestion = QuestionReader.IsQuestion(text, language) || NameReader.LooksLikeQuestion(text, language);
        return new Reading
        {
            Text = text,
            Services = personal || email is not null ? [] : serviceReading.Services,
            ServiceCertain = !personal && email is null && serviceReading.IsCertain,
            Persons = ReadPersons(text, language, asked, isQuestion),
            Wish = personal || birthDate is not null || email is not null ? null : Wish(text, language, clockTime),
            Clock = clockTime,
            Ordinal = asked == BookingField.Slot && OrdinalParser.TryParse(text, language, out var ordinal) ? ordinal : null,
            Yes = YesNoParser.TryParse(text, language, out var yes) ? yes : null,
            Email = email?.Address,
            EmailDictated = email?.WasDictated ?? false,
            Phone = email is null && (personal || asked is BookingField.Confirm or BookingField.Change) && PhoneReader.TryRead(text, out var phone) ? phone : null,
            NoPhone = asked is BookingField.Phone && (PhoneReader.IsNone(text, language) || SaysNoWithoutNumber(text, language)),
            BirthDate = birthDate?.Date,
            BirthDateAmbiguous = birthDate?.WasAmbiguous ?? false,
            Name = asked is BookingField.Name && NameReader.TryRead(text, language, out var name) ? name : null,
            IsQuestion = isQuestion,
            Question = QuestionReader.Read(text, language),
            Reaction = asked is BookingField.Slot or BookingField.Date ? OfferReactionReader.Read(text, language) : null,
            Mentioned = mentioned,
            AsksForAllServices = asked == BookingField.Service && AsksForAllServices(text, language),
            SaysWrong = FieldMentions.SaysWrong(text, language),
        };
    }

    /// <summary>The button under the most asked services or under the clarifying question, pressed or typed.</summary>
    private static bool AsksForAllServices(string text, string language)
    {
        var normalized = Services.TextNormalizer.Normalize(text);
        return normalized == Services.TextNormalizer.Normalize(DialogTexts.Texts["Service.All", language])
               || normalized == Services.TextNormalizer.Normalize(DialogTexts.Texts["Service.More", language]);
    }

    /// <summary>
    /// Builds every reader's tables and expressions for every language (a few seconds together), so the first
    /// resident does not wait for them; the host runs this in the background at start.
    /// </summary>
    public void WarmUp()
    {
        foreach (var language in Termine.Booking.Languages.All)
        {
            foreach (var asked in new BookingField?[] { null, BookingField.Persons, BookingField.Slot, BookingField.BirthDate, BookingField.Phone, BookingField.Confirm })
            {
                Read("Termin 2 Personen Dienstag um halb elf, anna@example.org 0171 2345678 17.05.1990 wo ist das?", language, asked);
            }
        }
    }

    /// <summary>
    /// The date wish, from the last sentence that has one ("Keiner passt, ich arbeite vormittags. Haben Sie etwas am
    /// Nachmittag?" wishes the afternoon); a clock time the wish did not take ("perşembe saat ikiden sonra") narrows it:
    /// from that time with "after", else that hour.
    /// </summary>
    private DateWish? Wish(string text, string language, TimeOnly? time)
    {
        var now = clock.ToLocal(clock.UtcNow);
        text = DateSpelling.Correct(text, language);
        var sentences = Sentences().Split(text).Where(s => s.Trim().Length > 0).ToList();
        var wish = sentences.Count > 1
            ? sentences.AsEnumerable().Reverse().Select(s => dates.Parse(s, language, now)).FirstOrDefault(w => w is not null)
            : dates.Parse(text, language, now);
        if (wish is null || time is not { } at || wish.NotBefore is not null || wish.StartBefore is not null)
        {
            return wish;
        }

        return FieldMentions.Says("Keywords.After", text, language)
            ? wish with { NotBefore = at }
            : wish with { NotBefore = at, StartBefore = at.Hour < 23 ? at.AddHours(1) : null };
    }

    // A full stop after a number ends no sentence: "am 3. April" is one wish.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[^\d\s][.!?؟;])\s+|\n+")]
    private static partial System.Text.RegularExpressions.Regex Sentences();

    // "Was muss ich mitbringen?" at the persons question names the writer but asks something: no count.
    private static int? ReadPersons(string text, string language, BookingField? asked, bool isQuestion) =>
        asked == BookingField.Persons
            ? PersonCountParser.TryParse(text, language, out var bare) ? bare : !isQuestion && OnlySelf(text, language) ? 1 : null
            : PersonCountParser.TryFind(text, language, out var said) ? said
            : FieldMentions.Says("Keywords.ComingAlone", text, language) ? 1 : null;

    /// <summary>
    /// At the phone question, a sentence with a "no" and no digits at all declines: "telefon vermek istemiyorum", "je
    /// n'ai pas de numéro allemand".
    /// </summary>
    private static bool SaysNoWithoutNumber(string text, string language) =>
        !text.Any(char.IsDigit) && FieldMentions.Says("Keywords.Negation", text, language);

    /// <summary>
    /// "Moi", "أنا", "записуйте тільки мене": at the persons question, words for oneself and nothing else that counts
    /// are one person.
    /// </summary>
    private static bool OnlySelf(string text, string language)
    {
        var words = Services.TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var self = new[] { language, "de", "en" }.Distinct()
            .SelectMany(l => DialogTexts.Keywords("Keywords.Self", l)).Select(Services.TextNormalizer.Normalize).ToHashSet();
        return words.Length is > 0 and <= 5 && words.Any(self.Contains) && !words.Any(w => w.Any(char.IsDigit));
    }
}
