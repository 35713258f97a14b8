namespace Termine.Booking.Notifications;

/// <summary>Where residents reach Termine: the base of the links and the QR code in every e-mail.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Termine";

    /// <summary>
    /// The public address, e.g. https://termine.example.org (a path such as /termine is allowed). No default: an unset
    /// value once sent residents links to localhost; the host gives Development its local default.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    public string CheckInUrl(string token) => $"{PublicBaseUrl.TrimEnd('/')}/checkin/{token}";

    public string ManageUrl(string token) => $"{PublicBaseUrl.TrimEnd('/')}/appointment/{token}";

    /// <summary>The web booking's first page in the resident's language, e.g. https://termine.example.org/termin?lang=uk.</summary>
    public string WebBookingUrl(string language) => $"{PublicBaseUrl.TrimEnd('/')}/termin?lang={Uri.EscapeDataString(language)}";

    /// <summary>The page behind the first reminder's "I will come" (under the same token as <see cref="ManageUrl"/>).</summary>
    public string ReconfirmUrl(string token) => $"{ManageUrl(token)}/confirm";

    /// <summary>A legal page in the resident's language, e.g. https://termine.example.org/impressum?lang=ar.</summary>
    public string LegalUrl(LegalPage page, string language)
    {
        var path = page switch
        {
            LegalPage.Imprint => "impressum",
            LegalPage.Privacy => "datenschutz",
            LegalPage.Accessibility => "barrierefreiheit",
            _ => throw new ArgumentOutOfRangeException(nameof(page), page, "not a legal page"),
        };
        return $"{PublicBaseUrl.TrimEnd('/')}/{path}?lang={Uri.EscapeDataString(language)}";
    }
}
