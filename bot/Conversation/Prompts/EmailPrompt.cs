using System.Net.Mail;
using Microsoft.Bot.Builder;

namespace Termine.Bot.Conversation.Prompts;

/// <summary>
/// Asks for an e-mail address. Recognises a message holding one plausible address (local part, @, a domain with a
/// dot), also inside a sentence ("it is anna@example.org."), and ends with the address as written.
/// </summary>
public sealed class EmailPrompt(string dialogId, IPromptRenderer renderer, PromptValidator<string>? validator = null)
    : Prompt<string>(dialogId, renderer, validator)
{
    private static readonly char[] Separators = [' ', '\t', '\r', '\n', ',', ';', '<', '>', '(', ')', '"'];

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(
        ITurnContext turnContext, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        var candidates = (turnContext.Activity.Text ?? string.Empty)
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.Contains('@'))
            .Select(word => word.TrimEnd('.', '!', '?', ':'))
            .ToList();
        return Task.FromResult(candidates is [var address] && IsPlausible(address)
            ? new PromptRecognizerResult<string>(true, address)
            : new PromptRecognizerResult<string>(false));
    }

    private static bool IsPlausible(string address)
    {
        var at = address.IndexOf('@');
        var domain = address[(at + 1)..];
        return at > 0
               && address.LastIndexOf('@') == at
               && domain.Contains('.')
               && !domain.StartsWith('.')
               && !domain.EndsWith('.')
               && !domain.Contains("..", StringComparison.Ordinal)
               && MailAddress.TryCreate(address, out var parsed)
               && parsed.Address == address;
    }
}
