using System.Globalization;
using System.Text;

namespace Termine.Booking.Appointments;

/// <summary>
/// The one rule for an e-mail address a resident gives (the API, the chat, the service point): what RFC 5321 lets a
/// mail server accept, narrowed to what a person's mailbox looks like. A dot-atom local part of at most 64 octets
/// (letters of any script, digits and <c>!#$%&amp;'*+-/=?^_`{|}~</c>; no quoted strings, spaces or
/// <c>&lt; &gt; " ( ) , ; : \ [ ]</c>), an <c>@</c>, a domain of at least two labels (letters, digits, hyphens; an
/// internationalised one as Unicode or punycode, at most 63 octets a label in its ASCII form), at most 254 octets in all.
/// Anything else could be a header, a script or a bounce waiting to happen, and is refused before it is stored.
/// </summary>
public static class EmailAddress
{
    public const int MaxLength = 254;
    public const int MaxLocalPartOctets = 64;
    private const int MaxLabelOctets = 63;
    private const string AtomSpecials = "!#$%&'*+-/=?^_`{|}~";

    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true };

    public static bool IsValid(string? address)
    {
        if (string.IsNullOrEmpty(address) || address.Length > MaxLength)
        {
            return false;
        }

        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1)
        {
            return false;
        }

        var local = address[..at];
        var domain = address[(at + 1)..];
        if (!IsDotAtom(local) || Encoding.UTF8.GetByteCount(local) > MaxLocalPartOctets || AsciiDomain(domain) is not { } ascii)
        {
            return false;
        }

        return Encoding.UTF8.GetByteCount(local) + 1 + ascii.Length <= MaxLength;
    }

    /// <summary>Atoms joined by single dots; an '@' in the local part only ever comes quoted, which is refused.</summary>
    private static bool IsDotAtom(string local) =>
        local.Split('.').All(atom => atom.Length > 0 && atom.All(c => char.IsAsciiLetterOrDigit(c) || AtomSpecials.Contains(c) || (c > 127 && char.IsLetterOrDigit(c))));

    private static bool IsLetterOrMark(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>The domain in ASCII (punycode for an internationalised one), or null when it is no host name with a dot.</summary>
    private static string? AsciiDomain(string domain)
    {
        // Checked before the IDN mapping, which would silently drop invisible characters such as a zero-width space.
        if (!domain.Contains('.') || !domain.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' || (c > 127 && IsLetterOrMark(c))))
        {
            return null;
        }

        string ascii;
        try
        {
            ascii = Idn.GetAscii(domain);
        }
        catch (ArgumentException)
        {
            return null;
        }

        var labels = ascii.Split('.');
        return labels.All(l => l.Length is > 0 and <= MaxLabelOctets && !l.StartsWith('-') && !l.EndsWith('-'))
            && !labels[^1].All(char.IsAsciiDigit)
            ? ascii
            : null;
    }
}
