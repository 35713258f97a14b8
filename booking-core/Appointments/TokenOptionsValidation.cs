using Microsoft.Extensions.Options;

namespace Termine.Booking.Appointments;

/// <summary>
/// Termine:Tokens:Key must be base64 of at least 32 bytes. The messages never repeat the value: it is a secret.
/// </summary>
public sealed class TokenOptionsValidation : IValidateOptions<TokenOptions>
{
    public ValidateOptionsResult Validate(string? name, TokenOptions options) =>
        Problem(options.Key) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;

    public static string? Problem(string? value)
    {
        var allowed = $"it must be base64 of at least {TokenOptions.MinKeyBytes} random bytes (e.g. from `openssl rand -base64 32`), the same on every host";
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"Termine:Tokens:Key is not set; {allowed}.";
        }

        var bytes = new byte[value.Length];
        if (!Convert.TryFromBase64String(value.Trim(), bytes, out var length))
        {
            return $"Termine:Tokens:Key is not base64 ({value.Length} characters); {allowed}.";
        }

        return length < TokenOptions.MinKeyBytes ? $"Termine:Tokens:Key has {length} bytes; {allowed}." : null;
    }
}
