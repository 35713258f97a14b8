using Microsoft.Extensions.Options;

namespace Termine.Booking.Notifications;

/// <summary>
/// Termine:PublicBaseUrl must be an absolute http(s) address without query or fragment: every link, QR code and
/// stream URL is built from it, never from the request's Host header, which a caller can forge.
/// </summary>
public sealed class SiteOptionsValidation : IValidateOptions<SiteOptions>
{
    public ValidateOptionsResult Validate(string? name, SiteOptions options) =>
        Problem(options.PublicBaseUrl) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;

    public static string? Problem(string? value)
    {
        const string Allowed = "the absolute http(s) address residents reach Termine at, without query or fragment (e.g. https://termine.example.org)";
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"Termine:PublicBaseUrl is not set; it must be {Allowed}.";
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
                ? null
                : $"Termine:PublicBaseUrl is '{value}'; it must be {Allowed}.";
    }
}
