using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Termine.Bot.WebBooking;

/// <summary>
/// Carries what the resident typed from the summary page back to the form or on to booking, in a hidden field and
/// never in an address: protected with the host's data protection keys and bound to the hold, so it cannot be read,
/// changed or used for another hold.
/// </summary>
public sealed class DetailsSeal(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Termine.WebBooking.Details.v1");

    public string Seal(Guid holdId, DetailsInput input) =>
        _protector.Protect(holdId.ToString("N") + "|" + JsonSerializer.Serialize(input));

    public bool TryOpen(Guid holdId, string? sealedInput, [NotNullWhen(true)] out DetailsInput? input)
    {
        input = null;
        if (string.IsNullOrEmpty(sealedInput) || sealedInput.Length > 16_384)
        {
            return false;
        }

        try
        {
            var plain = _protector.Unprotect(sealedInput);
            var bar = plain.IndexOf('|', StringComparison.Ordinal);
            if (bar != 32 || plain[..bar] != holdId.ToString("N"))
            {
                return false;
            }

            input = JsonSerializer.Deserialize<DetailsInput>(plain[(bar + 1)..]);
            return input is not null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            return false;
        }
    }
}
