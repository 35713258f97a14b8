using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Termine.Bot.WebBooking;

/// <summary>
/// Seals a <see cref="HoldTicket"/> into an opaque, URL-safe string and opens it again; a changed or foreign string
/// does not open. The keys are the host's data protection keys, shared by every host through the database.
/// </summary>
public sealed class HoldTickets(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Termine.WebBooking.HoldTicket.v1");

    public string Seal(HoldTicket ticket)
    {
        var plain = string.Join('|',
            ticket.HoldId.ToString("N"), ticket.ServiceId, ticket.Persons.ToString(CultureInfo.InvariantCulture),
            ticket.Start.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ticket.End.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ticket.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        // The string overload writes base64url, safe in a path segment as it is.
        return _protector.Protect(plain);
    }

    public bool TryOpen(string? sealedTicket, [NotNullWhen(true)] out HoldTicket? ticket)
    {
        ticket = null;
        if (string.IsNullOrEmpty(sealedTicket) || sealedTicket.Length > 1024)
        {
            return false;
        }

        string plain;
        try
        {
            plain = _protector.Unprotect(sealedTicket);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }

        var parts = plain.Split('|');
        if (parts.Length != 6 || !Guid.TryParseExact(parts[0], "N", out var holdId)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var persons)
            || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || !long.TryParse(parts[5], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return false;
        }

        ticket = new HoldTicket(holdId, parts[1], persons, DateTimeOffset.FromUnixTimeSeconds(start),
            DateTimeOffset.FromUnixTimeSeconds(end), DateTimeOffset.FromUnixTimeSeconds(expires));
        return true;
    }
}
