using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Termine.Bot.Admin.Transcripts.Translation;

/// <summary>
/// Translates into German through the Azure AI Translator v3 REST API (<c>POST /translate?api-version=3.0&amp;to=de</c>).
/// Failures become a German message for staff; neither the texts nor the key are ever logged.
/// </summary>
public sealed partial class AzureTranslator(HttpClient http, IOptions<TranslatorOptions> options, ILogger<AzureTranslator> logger)
{
    /// <summary>Well inside the service's limits on elements and characters per request.</summary>
    private const int MaxTextsPerRequest = 100;
    private const int MaxCharactersPerRequest = 10_000;

    public bool Enabled => options.Value.Enabled;

    public async Task<TranslationResult> TranslateToGermanAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return new TranslationResult.Failed("Die Übersetzung ist nicht eingerichtet.");
        }

        var translated = new List<Translation>(texts.Count);
        foreach (var batch in Batches(texts))
        {
            var result = await SendAsync(batch, cancellationToken);
            if (result is TranslationResult.Translated { Texts: var part })
            {
                translated.AddRange(part);
            }
            else
            {
                return result;
            }
        }

        return new TranslationResult.Translated(translated);
    }

    private async Task<TranslationResult> SendAsync(IReadOnlyList<string> batch, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, TranslateUri(settings.Endpoint!))
        {
            Content = JsonContent.Create(batch.Select(t => new TranslateText(t)).ToList(), TranslatorJson.Default.ListTranslateText),
        };
        request.Headers.Add("Ocp-Apim-Subscription-Key", settings.Key);
        if (!string.IsNullOrWhiteSpace(settings.Region))
        {
            request.Headers.Add("Ocp-Apim-Subscription-Region", settings.Region);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                var code = await ErrorCodeAsync(response, timeout.Token);
                logger.TranslatorRefused((int)response.StatusCode, code);
                return new TranslationResult.Failed(Explain(response.StatusCode));
            }

            var answer = await response.Content.ReadFromJsonAsync(TranslatorJson.Default.ListTranslateAnswer, timeout.Token);
            if (answer is null || answer.Count != batch.Count || answer.Any(a => a.Translations is not [_, ..]))
            {
                logger.TranslatorAnswerMalformed();
                return new TranslationResult.Failed("Der Übersetzungsdienst hat unerwartet geantwortet. Bitte später noch einmal versuchen.");
            }

            return new TranslationResult.Translated(answer.Select(a => new Translation(a.Translations![0].Text, a.DetectedLanguage?.Language)).ToList());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.TranslatorTimedOut();
            return new TranslationResult.Failed("Der Übersetzungsdienst hat nicht rechtzeitig geantwortet. Bitte später noch einmal versuchen.");
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException)
        {
            logger.TranslatorUnreachable(ex.GetType().Name);
            return new TranslationResult.Failed("Der Übersetzungsdienst ist nicht erreichbar. Bitte später noch einmal versuchen.");
        }
    }

    /// <summary>The endpoint may carry a path (a resource's own endpoint); translate is below it.</summary>
    private static Uri TranslateUri(Uri endpoint) =>
        new(new Uri(endpoint.AbsoluteUri.EndsWith('/') ? endpoint.AbsoluteUri : endpoint.AbsoluteUri + "/"), "translate?api-version=3.0&to=de");

    private static string Explain(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
            "Der Übersetzungsdienst hat die Anmeldung abgelehnt (Schlüssel oder Region stimmen nicht). Bitte die Administration informieren.",
        HttpStatusCode.TooManyRequests =>
            "Der Übersetzungsdienst ist gerade ausgelastet (zu viele Anfragen). Bitte in einer Minute noch einmal versuchen.",
        HttpStatusCode.BadRequest => "Der Übersetzungsdienst konnte die Anfrage nicht verarbeiten.",
        _ => "Der Übersetzungsdienst hat gerade eine Störung. Bitte später noch einmal versuchen.",
    };

    /// <summary>The service's own error code (e.g. 401000, 429001) for the log; its message is not needed.</summary>
    private static async Task<int?> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var error = await response.Content.ReadFromJsonAsync(TranslatorJson.Default.TranslatorError, cancellationToken);
            return error?.Error?.Code;
        }
        catch (JsonException)
        {
            // Some refusals (a missing key at the gateway) come with no JSON body.
            return null;
        }
    }

    private static IEnumerable<IReadOnlyList<string>> Batches(IReadOnlyList<string> texts)
    {
        var batch = new List<string>();
        var characters = 0;
        foreach (var text in texts)
        {
            if (batch.Count > 0 && (batch.Count == MaxTextsPerRequest || characters + text.Length > MaxCharactersPerRequest))
            {
                yield return batch;
                (batch, characters) = ([], 0);
            }

            batch.Add(text);
            characters += text.Length;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}

internal sealed record TranslateText([property: JsonPropertyName("Text")] string Text);

internal sealed record TranslateAnswer(
    [property: JsonPropertyName("detectedLanguage")] DetectedLanguage? DetectedLanguage,
    [property: JsonPropertyName("translations")] IReadOnlyList<TranslatedText>? Translations);

internal sealed record DetectedLanguage([property: JsonPropertyName("language")] string Language, [property: JsonPropertyName("score")] double Score);

internal sealed record TranslatedText([property: JsonPropertyName("text")] string Text, [property: JsonPropertyName("to")] string To);

internal sealed record TranslatorError([property: JsonPropertyName("error")] TranslatorErrorDetail? Error);

internal sealed record TranslatorErrorDetail([property: JsonPropertyName("code")] int Code, [property: JsonPropertyName("message")] string? Message);

[JsonSerializable(typeof(List<TranslateText>))]
[JsonSerializable(typeof(List<TranslateAnswer>))]
[JsonSerializable(typeof(TranslatorError))]
internal sealed partial class TranslatorJson : JsonSerializerContext;
