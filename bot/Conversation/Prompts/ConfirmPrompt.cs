using Microsoft.Bot.Builder;

namespace Termine.Bot.Conversation.Prompts;

/// <summary>
/// Asks a yes/no question. The optional <c>recognizer</c> maps an answer to true, false or null (not understood), in
/// whatever languages it knows; without one, English yes/no words are understood.
/// </summary>
public sealed class ConfirmPrompt(
    string dialogId,
    IPromptRenderer renderer,
    PromptValidator<bool>? validator = null,
    Func<string, bool?>? recognizer = null)
    : Prompt<bool>(dialogId, renderer, validator)
{
    private static readonly HashSet<string> EnglishYes = ["yes", "y", "yeah", "yep", "ok", "okay", "sure", "correct", "true"];
    private static readonly HashSet<string> EnglishNo = ["no", "n", "nope", "not", "false", "wrong"];

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(
        ITurnContext turnContext, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        var answer = (recognizer ?? RecognizeEnglish)(turnContext.Activity.Text ?? string.Empty);
        return Task.FromResult(answer is { } value
            ? new PromptRecognizerResult<bool>(true, value)
            : new PromptRecognizerResult<bool>(false));
    }

    /// <summary>True when the answer has a yes-word and no no-word, false for the reverse, null otherwise.</summary>
    private static bool? RecognizeEnglish(string text)
    {
        var words = AnswerText.Words(text);
        var yes = words.Any(EnglishYes.Contains);
        var no = words.Any(EnglishNo.Contains);
        return yes == no ? null : yes;
    }
}
