using Microsoft.Bot.Builder;

namespace Termine.Bot.Conversation;

/// <summary>
/// A step of a conversation with a lifecycle (begin, continue, resume, reprompt, end), shaped like Bot Framework's
/// <c>Dialog</c>. Dialog objects are stateless singletons: everything per conversation lives in the
/// <see cref="DialogInstance"/> on the stack.
/// </summary>
public abstract class Dialog
{
    protected Dialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        Id = dialogId;
    }

    /// <summary>A result that keeps the dialog on the stack, waiting for the user's next message.</summary>
    public static DialogTurnResult EndOfTurn { get; } = new(DialogTurnStatus.Waiting);

    /// <summary>Unique within the dialog set the dialog is added to; by convention <c>nameof(Type)</c>.</summary>
    public string Id { get; }

    /// <summary>
    /// Change it when a deploy makes state stored by the old version meaningless (steps added, removed or
    /// reordered): a conversation whose stack holds another version is started over (see
    /// <see cref="DialogExtensions.RunAsync(Dialog, ITurnContext, IStatePropertyAccessor{DialogState}, Func{ITurnContext, CancellationToken, Task}?, CancellationToken)"/>).
    /// </summary>
    public string Version { get; init; } = "1";

    /// <summary>Called when the dialog is pushed onto the stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>Called with each new activity while the dialog is active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Called when a dialog this one started has ended. By default the dialog ends with that result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the user again for whatever the dialog waits for. By default there is nothing to ask.</summary>
    public virtual Task RepromptDialogAsync(
        ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called when the instance leaves the stack (ended, replaced or cancelled).</summary>
    public virtual Task EndDialogAsync(
        ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Whether state stored for <paramref name="instance"/> still fits this dialog's current version.</summary>
    internal virtual bool IsCurrent(DialogInstance instance) => instance.Version == Version;
}
