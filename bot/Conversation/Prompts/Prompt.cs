using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Termine.Bot.Conversation.Prompts;

/// <summary>
/// Asks for one value: sends the prompt and waits; then recognises each message, validates it, and ends with the
/// value or asks again. Begin it with <see cref="DialogContext.PromptAsync"/> and <see cref="PromptOptions"/>.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string AttemptCountKey = "attemptCount";

    private readonly IPromptRenderer _renderer;
    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, IPromptRenderer renderer, PromptValidator<T>? validator)
        : base(dialogId)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        _renderer = renderer;
        _validator = validator;
    }

    /// <exception cref="ArgumentException"><paramref name="options"/> is not a <see cref="PromptOptions"/>.</exception>
    public override async Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"Prompt '{Id}' must be begun with {nameof(PromptOptions)}.", nameof(options));
        }

        var instance = dc.ActiveDialog!;
        instance.SetState(OptionsKey, promptOptions);
        instance.SetState(AttemptCountKey, 0);
        await OnPromptAsync(dc.Context, instance, promptOptions, isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    /// <summary>Handles an answer; activities other than messages (typing, updates) leave the prompt waiting.</summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(
        DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        var options = ReadOptions(instance);
        var attemptCount = instance.GetState<int>(AttemptCountKey) + 1;
        instance.SetState(AttemptCountKey, attemptCount);

        var recognized = await OnRecognizeAsync(dc.Context, instance, options, cancellationToken);
        var (accepted, validatorResponded) = await ValidateAsync(dc.Context, recognized, options, attemptCount, cancellationToken);
        if (accepted)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (!validatorResponded)
        {
            await OnPromptAsync(dc.Context, instance, options, isRetry: true, cancellationToken);
        }

        return EndOfTurn;
    }

    /// <summary>A dialog pushed on top of the prompt has ended: ask the question again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(
        ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        OnPromptAsync(turnContext, instance, ReadOptions(instance), isRetry: false, cancellationToken);

    /// <summary>
    /// Sends the question (or, on a retry, the retry prompt when there is one), rendered now by the
    /// <see cref="IPromptRenderer"/>. A rendered activity without an input hint is marked as expecting input.
    /// </summary>
    protected virtual async Task OnPromptAsync(
        ITurnContext turnContext,
        DialogInstance instance,
        PromptOptions options,
        bool isRetry,
        CancellationToken cancellationToken)
    {
        var message = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var activity = await _renderer.RenderAsync(
            turnContext, message, options.Choices.AsReadOnly(), options.Style, isRetry, cancellationToken);
        activity.InputHint ??= InputHints.ExpectingInput;
        await turnContext.SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>Recognises a value in the current message.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(
        ITurnContext turnContext, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken);

    private static PromptOptions ReadOptions(DialogInstance instance) =>
        instance.GetState<PromptOptions>(OptionsKey)
        ?? throw new InvalidOperationException($"Prompt state of '{instance.Id}' holds no options.");

    private async Task<(bool Accepted, bool ValidatorResponded)> ValidateAsync(
        ITurnContext turnContext,
        PromptRecognizerResult<T> recognized,
        PromptOptions options,
        int attemptCount,
        CancellationToken cancellationToken)
    {
        if (_validator is null)
        {
            return (recognized.Succeeded, false);
        }

        // turnContext.Responded would also count what was sent earlier in the turn (an interruption's note, say),
        // so only sends made while the validator runs are watched.
        var watching = true;
        var validatorResponded = false;
        turnContext.OnSendActivities(async (_, _, next) =>
        {
            validatorResponded |= watching;
            return await next();
        });
        try
        {
            var context = new PromptValidatorContext<T>(turnContext, recognized, options, attemptCount);
            return (await _validator(context, cancellationToken), validatorResponded);
        }
        finally
        {
            watching = false;
        }
    }
}
