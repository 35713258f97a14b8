using Termine.Booking.Appointments;
using Termine.Booking.Scheduling;
using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.WebBooking;

/// <summary>
/// Checks the details form: the three date parts are read here, everything else by the core's
/// <see cref="BookingValidator"/> (the same rules as the chat and the API), its field names mapped to the form's
/// inputs; the phone number is read as the chat reads it (libphonenumber, German numbers without a country code).
/// </summary>
public sealed partial class DetailsCheck(BookingValidator validator, OfficeClock clock)
{
    public abstract record Outcome
    {
        private Outcome()
        {
        }

        public sealed record Valid(PersonalData Person) : Outcome;

        public sealed record Invalid(IReadOnlyList<FormError> Errors) : Outcome;
    }

    public Outcome Check(DetailsInput input, int persons, string language)
    {
        var errors = new List<FormError>();
        var birthDate = BirthDateParts.Read(input.BirthDay, input.BirthMonth, input.BirthYear, out var birthProblem);
        var companions = new List<(DateOnly? BirthDate, BirthDateParts.Problem? Problem)>();
        for (var i = 0; i < persons - 1; i++)
        {
            var c = i < input.Companions.Count ? input.Companions[i] : new CompanionInput();
            companions.Add((BirthDateParts.Read(c.BirthDay, c.BirthMonth, c.BirthYear, out var problem), problem));
        }

        var phone = input.Phone?.Trim();
        var phoneRead = string.IsNullOrEmpty(phone) || PhoneReader.TryRead(phone, out _) && BookingValidator.IsValidPhone(phone);
        if (!string.IsNullOrEmpty(phone) && PhoneReader.TryRead(phone, out var e164))
        {
            phone = e164;
        }

        // Dates that could not be read are checked as "given" with a placeholder, and their core errors dropped below.
        var person = new PersonalData(input.FullName, birthProblem is null ? birthDate : clock.Today, input.Email?.Trim(),
            string.IsNullOrEmpty(phone) ? null : phone, language)
        {
            Companions = companions.Select((c, i) => new Companion(
                (i < input.Companions.Count ? input.Companions[i].FullName : null) ?? "", c.BirthDate ?? clock.Today)).ToList(),
        };

        AddDate(errors, "", birthProblem, language, companion: null);
        foreach (var error in validator.ValidatePerson(person))
        {
            Map(errors, error, birthProblem is not null, companions, string.IsNullOrWhiteSpace(input.Email), language);
        }

        for (var i = 0; i < companions.Count; i++)
        {
            AddDate(errors, $"Companions_{i}__", companions[i].Problem, language, i + 2);
        }

        if (!phoneRead && !errors.Any(e => e.Field == "Phone"))
        {
            errors.Add(new("Phone", "Phone", WebBookingTexts.Texts["Error.Phone.invalid", language]));
        }

        return errors.Count == 0 ? new Outcome.Valid(person) : new Outcome.Invalid(Ordered(errors));
    }

    private static void AddDate(List<FormError> errors, string prefix, BirthDateParts.Problem? problem, string language, int? companion)
    {
        if (problem is not null)
        {
            errors.Add(DateError(prefix, problem.Code, problem.Part, language, companion));
        }
    }

    private static FormError DateError(string prefix, string code, string part, string language, int? companion) =>
        new(prefix + "BirthDay", prefix + "Birth" + part, companion is { } n
            ? WebBookingTexts.Texts.Get("Error.Companion.BirthDate." + code, language, n)
            : WebBookingTexts.Texts["Error.BirthDate." + code, language]);

    private static void Map(
        List<FormError> errors, FieldError error, bool ownDateUnread, List<(DateOnly? BirthDate, BirthDateParts.Problem? Problem)> companions,
        bool emailEmpty, string language)
    {
        var texts = WebBookingTexts.Texts;
        var code = error.Code == "invalidCharacters" ? "invalid" : error.Code;
        switch (error.Field)
        {
            case "fullName":
                errors.Add(new("FullName", "FullName", texts["Error.FullName." + code, language]));
                break;
            case "birthDate" when !ownDateUnread:
                errors.Add(DateError("", code, "Day", language, null));
                break;
            case "email":
                errors.Add(new("Email", "Email", texts["Error.Email." + (emailEmpty ? "required" : "invalid"), language]));
                break;
            case "phone":
                errors.Add(new("Phone", "Phone", texts["Error.Phone.invalid", language]));
                break;
            default:
                if (CompanionField().Match(error.Field) is { Success: true } match)
                {
                    var i = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                    var prefix = $"Companions_{i}__";
                    if (match.Groups[2].Value == "fullName")
                    {
                        errors.Add(new(prefix + "FullName", prefix + "FullName", texts.Get("Error.Companion.FullName." + code, language, i + 2)));
                    }
                    else if (companions[i].Problem is null)
                    {
                        errors.Add(DateError(prefix, code, "Day", language, i + 2));
                    }
                }

                break;
        }
    }

    // The summary lists the errors in the order of the form.
    private static List<FormError> Ordered(List<FormError> errors)
    {
        string[] order = ["FullName", "BirthDay", "Email", "Phone"];
        return errors.OrderBy(e => e.Field.StartsWith("Companions_", StringComparison.Ordinal) ? 10 + CompanionIndex(e.Field) : Array.IndexOf(order, e.Field))
            .ThenBy(e => e.Field.EndsWith("FullName", StringComparison.Ordinal) ? 0 : 1).ToList();
    }

    private static int CompanionIndex(string field) => int.Parse(field["Companions_".Length..field.IndexOf("__", StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);

    [System.Text.RegularExpressions.GeneratedRegex(@"^companions\[(\d+)\]\.(fullName|birthDate)$")]
    private static partial System.Text.RegularExpressions.Regex CompanionField();
}
