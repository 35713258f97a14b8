using Microsoft.Extensions.Options;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Booking.Office;

namespace Termine.Bot.Dialogs;

/// <summary>
/// The office as the chat writes it (from <see cref="OfficeOptions"/>, the one source for e-mails, chat and pages):
/// the service point's number and the address, both kept left to right inside Arabic text.
/// </summary>
public sealed class OfficeDetails(IOptions<OfficeOptions> options, IOptions<SiteOptions> site)
{
    /// <summary>The service point's number as the county writes it.</summary>
    public string Phone(string language) => Bidi.Ltr(options.Value.Phone, language);

    /// <summary>The web booking's address for who would rather book with a form than in the chat.</summary>
    public string WebBookingUrl(string language) => Bidi.Ltr(site.Value.WebBookingUrl(language), language);

    /// <summary>
    /// The authority's name in the resident's language, then the official German address line by line as it is written
    /// on the building (the German name is not repeated in German).
    /// </summary>
    public IReadOnlyList<string> AddressLines(string language)
    {
        var german = options.Value.AddressLines.Select(line => Bidi.Ltr(line, language));
        return language == "de" ? [.. german] : [DialogTexts.Texts["Office.Name", language], .. german];
    }
}
