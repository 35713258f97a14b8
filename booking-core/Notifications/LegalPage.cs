namespace Termine.Booking.Notifications;

/// <summary>The pages a German public body must publish, linked from every e-mail and page a resident sees.</summary>
public enum LegalPage
{
    /// <summary>Impressum: who runs the site (Telemediengesetz/DDG).</summary>
    Imprint = 0,

    /// <summary>Datenschutzerklärung: what is stored, why and for how long (Art. 13 GDPR).</summary>
    Privacy = 1,

    /// <summary>Erklärung zur Barrierefreiheit (BITV 2.0).</summary>
    Accessibility = 2,
}
