using Microsoft.Extensions.Options;

namespace Termine.Booking.Office;

/// <summary>Every part of the office's address and number must be set: an empty one would print as a gap in every e-mail.</summary>
public sealed class OfficeOptionsValidation : IValidateOptions<OfficeOptions>
{
    public ValidateOptionsResult Validate(string? name, OfficeOptions options)
    {
        var problems = new List<string>();
        Require(problems, nameof(options.Name), options.Name, "the office's official German name");
        Require(problems, nameof(options.Street), options.Street, "street and number, e.g. \"Lindenstraße 10\"");
        Require(problems, nameof(options.Town), options.Town, "the town, e.g. \"Grevenbroich\"");
        if (options.PostalCode.Length != 5 || !options.PostalCode.All(char.IsAsciiDigit))
        {
            problems.Add($"{OfficeOptions.SectionName}:{nameof(options.PostalCode)} is \"{options.PostalCode}\"; it must be a German postcode of five digits.");
        }

        if (!IsPhone(options.Phone, international: false))
        {
            problems.Add($"{OfficeOptions.SectionName}:{nameof(options.Phone)} is \"{options.Phone}\"; it must be a telephone number with its area code, e.g. \"02181 601-0\".");
        }

        if (!IsPhone(options.PhoneInternational, international: true))
        {
            problems.Add($"{OfficeOptions.SectionName}:{nameof(options.PhoneInternational)} is \"{options.PhoneInternational}\"; it must start with + and the country code, e.g. \"+49 2181 601-0\".");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Require(List<string> problems, string key, string value, string allowed)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{OfficeOptions.SectionName}:{key} is not set; it must be {allowed}.");
        }
    }

    private static bool IsPhone(string value, bool international) =>
        !string.IsNullOrWhiteSpace(value)
        && value.Count(char.IsAsciiDigit) >= 6
        && value.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '/' or '(' or ')' or '+')
        && (international ? value.StartsWith('+') : value.StartsWith('0'));
}
