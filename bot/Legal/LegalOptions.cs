namespace Termine.Bot.Legal;

/// <summary>
/// The county's facts on the imprint, the privacy notice and the accessibility statement (<c>Termine:Legal</c>). The
/// defaults are the Rhein-Kreis Neuss's as it publishes them; another county changes only this section. Names and
/// addresses are German and shown as they are in every language, as they are written on the letters and buildings.
/// </summary>
public sealed class LegalOptions
{
    public const string SectionName = "Termine:Legal";

    /// <summary>The public body that provides the site and is the controller under data protection law.</summary>
    public string ProviderName { get; set; } = "Rhein-Kreis Neuss";

    /// <summary>Who represents the provider in law, as the German title of the office (not a person's name, which changes with elections).</summary>
    public string Representative { get; set; } = "Der Landrat des Rhein-Kreises Neuss";

    public string ProviderStreet { get; set; } = "Oberstraße 91";

    public string ProviderPostalCode { get; set; } = "41460";

    public string ProviderTown { get; set; } = "Neuss";

    public string ProviderPhone { get; set; } = "02131 928-0";

    public string ProviderEmail { get; set; } = "info@rhein-kreis-neuss.de";

    public string ProviderWebsite { get; set; } = "https://www.rhein-kreis-neuss.de";

    /// <summary>Who answers for the content (§ 18 Abs. 2 MStV): the office's title by default, a person if the county names one.</summary>
    public string ContentResponsible { get; set; } = "Der Landrat des Rhein-Kreises Neuss";

    public string DataProtectionOfficerName { get; set; } = "Datenschutzbeauftragte des Rhein-Kreises Neuss";

    public string DataProtectionOfficerStreet { get; set; } = "Lindenstraße 2";

    public string DataProtectionOfficerPostalCode { get; set; } = "41515";

    public string DataProtectionOfficerTown { get; set; } = "Grevenbroich";

    public string DataProtectionOfficerPhone { get; set; } = "02181 601-7110";

    public string DataProtectionOfficerEmail { get; set; } = "datenschutz@rhein-kreis-neuss.de";

    public string SupervisoryAuthorityName { get; set; } = "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen";

    public string SupervisoryAuthorityStreet { get; set; } = "Kavalleriestraße 2–4";

    public string SupervisoryAuthorityPostalCode { get; set; } = "40213";

    public string SupervisoryAuthorityTown { get; set; } = "Düsseldorf";

    public string SupervisoryAuthorityEmail { get; set; } = "poststelle@ldi.nrw.de";

    public string SupervisoryAuthorityWebsite { get; set; } = "https://www.ldi.nrw.de";

    /// <summary>Where residents report a barrier; the county's general address unless it names an accessibility contact.</summary>
    public string AccessibilityEmail { get; set; } = "info@rhein-kreis-neuss.de";

    /// <summary>The days within which a report of a barrier is answered.</summary>
    public int AccessibilityAnswerDays { get; set; } = 14;

    /// <summary>The day the accessibility statement was written or last checked.</summary>
    public DateOnly AccessibilityStatementDate { get; set; } = new(2026, 12, 7);

    public AccessibilityConformity AccessibilityConformity { get; set; } = AccessibilityConformity.Partial;

    public string EnforcementBodyName { get; set; } = "Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen";

    public string EnforcementBodyEmail { get; set; } = "ombudsstelle-barrierefreie-it@mags.nrw.de";

    public string EnforcementBodyWebsite { get; set; } = "https://www.mags.nrw/ombudsstelle-barrierefreie-informationstechnik";

    public IReadOnlyList<string> ProviderAddressLines => [ProviderName, ProviderStreet, $"{ProviderPostalCode} {ProviderTown}"];

    public IReadOnlyList<string> DataProtectionOfficerAddressLines =>
        [DataProtectionOfficerName, ProviderName, DataProtectionOfficerStreet, $"{DataProtectionOfficerPostalCode} {DataProtectionOfficerTown}"];

    public IReadOnlyList<string> SupervisoryAuthorityAddressLines =>
        [SupervisoryAuthorityName, SupervisoryAuthorityStreet, $"{SupervisoryAuthorityPostalCode} {SupervisoryAuthorityTown}"];
}

/// <summary>The statement's conformity status in the words of EU Implementing Decision 2018/1523.</summary>
public enum AccessibilityConformity
{
    Full,
    Partial,
    None,
}
