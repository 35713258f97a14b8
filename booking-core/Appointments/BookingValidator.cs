using System.Globalization;
using Microsoft.Extensions.Options;
using Termine.Booking.Catalog;
using Termine.Booking.Localization;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Appointments;

/// <summary>Checks every field a resident gives at the edge, naming the field; nothing is stored before this passes.</summary>
public sealed class BookingValidator(ServiceCatalog catalog, SlotGrid grid, OfficeClock clock, IOptions<BookingOptions> options)
{
    public const int MaxNameLength = 100;

    public IReadOnlyList<FieldError> ValidateSlot(string? serviceId, DateTimeOffset? start, int? persons)
    {
        var errors = new List<FieldError>();
        var service = catalog.Find(serviceId);
        if (service is null)
        {
            errors.Add(new("serviceId", "unknown", "No service has this id."));
        }

        var max = options.Value.MaxPersons;
        if (persons is null || persons < 1 || persons > max)
        {
            errors.Add(new("persons", "range", $"The number of persons must be between 1 and {max}."));
        }

        if (start is null)
        {
            errors.Add(new("start", "required", "The start of the slot is required."));
        }
        else if (start <= clock.UtcNow)
        {
            errors.Add(new("start", "past", "The slot lies in the past."));
        }
        else if (service is not null && persons is >= 1 && persons <= max && !grid.IsSlotStart(service, persons.Value, start.Value))
        {
            errors.Add(new("start", "notBookable", "No slot of this service starts at this time (opening hours, holidays, notice or horizon)."));
        }

        return errors;
    }

    public IReadOnlyList<FieldError> ValidatePerson(PersonalData person) => ValidatePerson(person, EmailRequirement.Required);

    /// <summary>The person of a one-step booking, with the e-mail rule the request asks for and may use.</summary>
    public IReadOnlyList<FieldError> ValidatePerson(BookingRequest request)
    {
        if (request.Email == EmailRequirement.OptionalAtServicePoint && request.Channel != BookingChannels.ServicePoint)
        {
            return [new("email", "required", "The e-mail address is required on this channel.")];
        }

        return ValidatePerson(request.Person, request.Email);
    }

    private IReadOnlyList<FieldError> ValidatePerson(PersonalData person, EmailRequirement email)
    {
        var errors = new List<FieldError>();
        ValidateName(person.FullName, "fullName", errors);
        ValidateBirthDate(person.BirthDate, "birthDate", errors);
        foreach (var (companion, i) in person.Companions.Select((c, i) => (c, i)))
        {
            ValidateName(companion?.FullName, $"companions[{i}].fullName", errors);
            ValidateBirthDate(companion?.BirthDate, $"companions[{i}].birthDate", errors);
        }

        var leftOut = email == EmailRequirement.OptionalAtServicePoint && string.IsNullOrWhiteSpace(person.Email);
        if (!leftOut && !EmailAddress.IsValid(person.Email))
        {
            errors.Add(new("email", "invalid", "The e-mail address is not valid."));
        }

        if (!string.IsNullOrWhiteSpace(person.Phone) && !IsValidPhone(person.Phone))
        {
            errors.Add(new("phone", "invalid", "The phone number must have 6 to 15 digits and may start with +."));
        }

        if (!Languages.TryNormalize(person.Language, out _))
        {
            errors.Add(new("language", "unknown", $"The language must be one of {string.Join(", ", Languages.All)}."));
        }

        return errors;
    }

    /// <summary>
    /// The further persons must be one for each person beyond the first; none at all is allowed for channels that do
    /// not ask for them. <paramref name="persons"/> is the booking's number of persons, checked on its own.
    /// </summary>
    public static IReadOnlyList<FieldError> ValidateCompanionCount(PersonalData person, int? persons) =>
        person.Companions.Count == 0 || persons is not { } count || person.Companions.Count == count - 1
            ? []
            : [new("companions", "count", $"There must be one companion for each person beyond the first: {count - 1}, not {person.Companions.Count}.")];

    public static bool IsValidPhone(string phone)
    {
        var trimmed = Digits.ToAscii(phone.Trim());
        var digits = trimmed.Count(char.IsAsciiDigit);
        return trimmed.Length <= 30 && digits is >= 6 and <= 15
            && trimmed.Select((c, i) => char.IsAsciiDigit(c) || c is ' ' or '-' or '/' or '(' or ')' || (c == '+' && i == 0)).All(ok => ok);
    }

    private static void ValidateName(string? fullName, string field, List<FieldError> errors)
    {
        var name = fullName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(new(field, "required", "The full name is required."));
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(new(field, "tooLong", $"The full name may have at most {MaxNameLength} characters."));
        }
        else if (name.Any(c => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format && c is not '\u200c' and not '\u200d'))
        {
            errors.Add(new(field, "invalidCharacters", "The full name contains control characters."));
        }
        else if (name.Count(char.IsLetter) < 2 || name.Any(c => c is '<' or '>' or '{' or '}' or '\\' or '@'))
        {
            errors.Add(new(field, "invalid", "The full name must consist of letters (and spaces, hyphens, apostrophes or dots)."));
        }
    }

    private void ValidateBirthDate(DateOnly? birthDate, string field, List<FieldError> errors)
    {
        if (birthDate is null)
        {
            errors.Add(new(field, "required", "The date of birth is required (YYYY-MM-DD)."));
        }
        else if (birthDate > clock.Today)
        {
            errors.Add(new(field, "future", "The date of birth lies in the future."));
        }
        else if (birthDate < clock.Today.AddYears(-120))
        {
            errors.Add(new(field, "tooOld", "The date of birth lies more than 120 years back."));
        }
    }
}
