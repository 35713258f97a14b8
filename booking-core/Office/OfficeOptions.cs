namespace Termine.Booking.Office;

/// <summary>
/// The office residents come to, as written on the building and in the county's directory: its official German name,
/// address and the service point's telephone number. Every e-mail, chat answer and page takes them from here, so a
/// move or a new number is one configuration change (<c>Termine:Office</c>).
/// </summary>
public sealed class OfficeOptions
{
    public const string SectionName = "Termine:Office";

    /// <summary>The official German name, never translated: it is what the sign at the door says.</summary>
    public string Name { get; set; } = "Ausländerbehörde des Rhein-Kreises Neuss";

    public string Street { get; set; } = "Lindenstraße 10";

    public string PostalCode { get; set; } = "41515";

    public string Town { get; set; } = "Grevenbroich";

    /// <summary>The service point's number, written as the county writes it (German area code, no country prefix).</summary>
    public string Phone { get; set; } = "02181 601-0";

    /// <summary>The number in international form for tel: links and for residents calling from abroad.</summary>
    public string PhoneInternational { get; set; } = "+49 2181 601-0";

    /// <summary>The address as it is written on an envelope: name, street, postcode and town.</summary>
    public IReadOnlyList<string> AddressLines => [Name, Street, $"{PostalCode} {Town}"];

    /// <summary>The address on one line, for a calendar entry's location or a short answer.</summary>
    public string AddressOneLine => $"{Name}, {Street}, {PostalCode} {Town}";

    /// <summary>The number for a tel: link: digits and the leading plus only.</summary>
    public string PhoneLink => "tel:" + string.Concat(PhoneInternational.Where(c => char.IsAsciiDigit(c) || c == '+'));
}
