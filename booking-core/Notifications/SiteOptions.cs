using System.ComponentModel.DataAnnotations;

namespace Termine.Booking.Notifications;

/// <summary>Where residents reach Termine: the base of the links and the QR code in every e-mail.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Termine";

    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    public string CheckInUrl(string token) => $"{PublicBaseUrl.TrimEnd('/')}/checkin/{token}";

    public string ManageUrl(string token) => $"{PublicBaseUrl.TrimEnd('/')}/appointment/{token}";
}
