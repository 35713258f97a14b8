using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Termine.Bot.Channels.Telegram;

/// <summary>Checks the Telegram settings at start, once a token switches the channel on; names no secret in its messages.</summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    private static readonly TimeSpan MaxPollingTimeout = TimeSpan.FromSeconds(50);

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!TokenShape().IsMatch(options.BotToken!))
        {
            failures.Add($"{TelegramOptions.SectionName}:BotToken does not look like a token from BotFather (digits, a colon, then letters).");
        }

        if (options.Mode == TelegramMode.Webhook && !SecretShape().IsMatch(options.WebhookSecret ?? ""))
        {
            failures.Add($"{TelegramOptions.SectionName}:WebhookSecret must be 1–256 characters of A–Z, a–z, 0–9, _ and - in webhook mode.");
        }

        if (!string.IsNullOrWhiteSpace(options.ApiBaseUrl)
            && !(Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            failures.Add($"{TelegramOptions.SectionName}:ApiBaseUrl must be an absolute http(s) address.");
        }

        if (options.PollingTimeout <= TimeSpan.Zero || options.PollingTimeout > MaxPollingTimeout)
        {
            failures.Add($"{TelegramOptions.SectionName}:PollingTimeout must be between 1 and 50 seconds.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[0-9]{1,16}:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
