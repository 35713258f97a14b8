using System.ComponentModel.DataAnnotations;
using Termine.Booking.Configuration;

namespace Termine.Bot.Admin.Transcripts.Translation;

/// <summary>
/// The Azure AI Translator (v3 REST) that translates residents' messages into German for staff; off unless enabled.
/// The key comes from the environment only (<c>Termine__Translator__Key</c>).
/// </summary>
public sealed class TranslatorOptions : IValidatableObject
{
    public const string SectionName = "Termine:Translator";

    public bool Enabled { get; set; }

    /// <summary>E.g. <c>https://api.cognitive.microsofttranslator.com</c> or a resource's own endpoint.</summary>
    public Uri? Endpoint { get; set; }

    public string? Key { get; set; }

    /// <summary>The resource's region (e.g. <c>germanywestcentral</c>); needed for regional and multi-service resources.</summary>
    public string? Region { get; set; }

    [TimeSpanRange("00:00:01", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (Endpoint is null || !Endpoint.IsAbsoluteUri || (Endpoint.Scheme != Uri.UriSchemeHttps && !Endpoint.IsLoopback))
        {
            yield return new ValidationResult("Termine:Translator:Endpoint must be an https address when the translator is enabled.", [nameof(Endpoint)]);
        }

        if (string.IsNullOrWhiteSpace(Key))
        {
            yield return new ValidationResult("Termine:Translator:Key must be set (environment only) when the translator is enabled.", [nameof(Key)]);
        }
    }
}
