using Microsoft.Extensions.Options;

namespace Termine.Bot.Legal;

/// <summary>
/// Every fact of the legal pages must be set and well-formed: a gap or a mistyped address on the imprint or the privacy
/// notice is a legal defect, so it stops the start as one line naming the key.
/// </summary>
public sealed class LegalOptionsValidation : IValidateOptions<LegalOptions>
{
    public ValidateOptionsResult Validate(string? name, LegalOptions options)
    {
        var problems = new List<string>();
        Text(problems, nameof(options.ProviderName), options.ProviderName, "the provider's official name, e.g. \"Rhein-Kreis Neuss\"");
        Text(problems, nameof(options.Representative), options.Representative, "who represents the provider, e.g. \"Der Landrat des Rhein-Kreises Neuss\"");
        Text(problems, nameof(options.ProviderStreet), options.ProviderStreet, "street and number, e.g. \"Oberstraße 91\"");
        PostalCode(problems, nameof(options.ProviderPostalCode), options.ProviderPostalCode);
        Text(problems, nameof(options.ProviderTown), options.ProviderTown, "the town, e.g. \"Neuss\"");
        Phone(problems, nameof(options.ProviderPhone), options.ProviderPhone);
        Email(problems, nameof(options.ProviderEmail), options.ProviderEmail);
        Website(problems, nameof(options.ProviderWebsite), options.ProviderWebsite);
        Text(problems, nameof(options.ContentResponsible), options.ContentResponsible, "who answers for the content, a title or a person");
        Text(problems, nameof(options.DataProtectionOfficerName), options.DataProtectionOfficerName, "the data protection officer's title or name");
        Text(problems, nameof(options.DataProtectionOfficerStreet), options.DataProtectionOfficerStreet, "street and number, e.g. \"Lindenstraße 2\"");
        PostalCode(problems, nameof(options.DataProtectionOfficerPostalCode), options.DataProtectionOfficerPostalCode);
        Text(problems, nameof(options.DataProtectionOfficerTown), options.DataProtectionOfficerTown, "the town, e.g. \"Grevenbroich\"");
        Phone(problems, nameof(options.DataProtectionOfficerPhone), options.DataProtectionOfficerPhone);
        Email(problems, nameof(options.DataProtectionOfficerEmail), options.DataProtectionOfficerEmail);
        Text(problems, nameof(options.SupervisoryAuthorityName), options.SupervisoryAuthorityName, "the supervisory authority's official name");
        Text(problems, nameof(options.SupervisoryAuthorityStreet), options.SupervisoryAuthorityStreet, "street and number");
        PostalCode(problems, nameof(options.SupervisoryAuthorityPostalCode), options.SupervisoryAuthorityPostalCode);
        Text(problems, nameof(options.SupervisoryAuthorityTown), options.SupervisoryAuthorityTown, "the town, e.g. \"Düsseldorf\"");
        Email(problems, nameof(options.SupervisoryAuthorityEmail), options.SupervisoryAuthorityEmail);
        Website(problems, nameof(options.SupervisoryAuthorityWebsite), options.SupervisoryAuthorityWebsite);
        Email(problems, nameof(options.AccessibilityEmail), options.AccessibilityEmail);
        if (options.AccessibilityAnswerDays is < 1 or > 42)
        {
            problems.Add($"{LegalOptions.SectionName}:{nameof(options.AccessibilityAnswerDays)} is {options.AccessibilityAnswerDays}; it must be a number of days from 1 to 42.");
        }

        if (options.AccessibilityStatementDate.Year < 2020)
        {
            problems.Add($"{LegalOptions.SectionName}:{nameof(options.AccessibilityStatementDate)} is {options.AccessibilityStatementDate:yyyy-MM-dd}; it must be the day the statement was written, e.g. \"2026-12-07\".");
        }

        if (!Enum.IsDefined(options.AccessibilityConformity))
        {
            problems.Add($"{LegalOptions.SectionName}:{nameof(options.AccessibilityConformity)} is \"{options.AccessibilityConformity}\"; it must be Full, Partial or None.");
        }

        Text(problems, nameof(options.EnforcementBodyName), options.EnforcementBodyName, "the state's enforcement body's official name");
        Email(problems, nameof(options.EnforcementBodyEmail), options.EnforcementBodyEmail);
        Website(problems, nameof(options.EnforcementBodyWebsite), options.EnforcementBodyWebsite);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Text(List<string> problems, string key, string? value, string allowed)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{LegalOptions.SectionName}:{key} is not set; it must be {allowed}.");
        }
    }

    private static void PostalCode(List<string> problems, string key, string? value)
    {
        if (value is not { Length: 5 } || !value.All(char.IsAsciiDigit))
        {
            problems.Add($"{LegalOptions.SectionName}:{key} is \"{value}\"; it must be a German postcode of five digits.");
        }
    }

    private static void Phone(List<string> problems, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || !value.StartsWith('0') || value.Count(char.IsAsciiDigit) < 6
            || !value.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '/'))
        {
            problems.Add($"{LegalOptions.SectionName}:{key} is \"{value}\"; it must be a telephone number with its area code, e.g. \"02131 928-0\".");
        }
    }

    private static void Email(List<string> problems, string key, string? value)
    {
        var at = value?.IndexOf('@') ?? -1;
        if (value is null || at < 1 || at != value.LastIndexOf('@') || !value[(at + 1)..].Contains('.') || value.Any(char.IsWhiteSpace))
        {
            problems.Add($"{LegalOptions.SectionName}:{key} is \"{value}\"; it must be an e-mail address, e.g. \"info@rhein-kreis-neuss.de\".");
        }
    }

    private static void Website(List<string> problems, string key, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add($"{LegalOptions.SectionName}:{key} is \"{value}\"; it must be an https address, e.g. \"https://www.rhein-kreis-neuss.de\".");
        }
    }
}
